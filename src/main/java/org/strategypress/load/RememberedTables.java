package org.strategypress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.strategypress.model.DisplayPaths;

/**
 * What each YAML file gave the last time it was read, for the next load by the same loader (the preview server's
 * rebuilds, where one file changed and the others did not). Reading a file depends on nothing but its bytes and
 * the path diagnostics name it by, so what it gave ({@link FileTables}, immutable) is kept with the bytes and given
 * again while the bytes are the same. Thread-safe: files are read in parallel.
 */
final class RememberedTables {

    private record Remembered(byte[] bytes, Path shown, FileTables tables) {
    }

    private final Map<Path, Remembered> files = new ConcurrentHashMap<>();

    /** What {@code file} gives: as remembered when its bytes are those of last time, else by {@code read} (then remembered). */
    FileTables read(Path file, Supplier<FileTables> read) {
        byte[] bytes = bytesOf(file);
        Path shown = DisplayPaths.of(file);
        Remembered last = files.get(file);
        if (bytes != null && last != null && last.shown().equals(shown) && Arrays.equals(last.bytes(), bytes))
            return last.tables();
        FileTables now = read.get();
        if (bytes == null) files.remove(file);
        else files.put(file, new Remembered(bytes, shown, now));
        return now;
    }

    /** Forgets the files a load no longer read (deleted or renamed). */
    void keepOnly(Collection<Path> read) {
        files.keySet().retainAll(Set.copyOf(read));
    }

    /** The file's bytes, or null when it cannot be read or is too large to be read at all (then it is read anew). */
    private static byte[] bytesOf(Path file) {
        try {
            return Files.size(file) > YamlReader.MAX_BYTES ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }
}
