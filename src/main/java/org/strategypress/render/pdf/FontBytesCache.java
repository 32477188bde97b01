package org.strategypress.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads files for the engine, keeping font files in memory so that a renderer reused for many
 * renders (the preview server, a multi-document build) reads each font once. A font changed on disk
 * (other size or modification time) is read again. Other files are read fresh every time.
 */
final class FontBytesCache {

    private record Entry(long size, FileTime modified, byte[] bytes) {}

    private final Map<Path, Entry> fonts = new ConcurrentHashMap<>();

    /** The file's bytes, or {@code null} if it cannot be read (the engine then reports it missing). */
    byte[] read(Path file) {
        try {
            if (!isFont(file)) return Files.readAllBytes(file);
            Path real = file.toRealPath();
            long size = Files.size(real);
            FileTime modified = Files.getLastModifiedTime(real);
            Entry cached = fonts.get(real);
            if (cached != null && cached.size() == size && cached.modified().equals(modified)) return cached.bytes();
            byte[] bytes = Files.readAllBytes(real);
            fonts.put(real, new Entry(size, modified, bytes));
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isFont(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".woff") || name.endsWith(".woff2");
    }
}
