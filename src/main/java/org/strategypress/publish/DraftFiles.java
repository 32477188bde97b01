package org.strategypress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.strategypress.files.FileTrees;

/** Copying, swapping and deleting folders of the drafts site. */
final class DraftFiles {

    private DraftFiles() {
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Puts {@code staged} in place of {@code target}, which may exist; the old one is deleted after the swap. */
    static void swap(Path staged, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) FileTrees.delete(old);
    }

    /** A version as a folder name: letters, digits, '.', '_' and '-' only, never hidden, never '.' or '..'. */
    static String folderName(String version) {
        String s = version.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
