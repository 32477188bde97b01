package org.strategypress.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deleting a folder with everything in it, the one way strategy-press does it: links are deleted, never followed,
 * so a link inside an output or temporary folder never takes what it points to with it.
 */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code root} and all under it; stops at the first file that cannot be deleted. Nothing there: done. */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes as much of {@code root} as can be deleted, and leaves the rest: for temporary and staging folders,
     * where a leftover is harmless. True when nothing is left.
     */
    public static boolean deleteQuietly(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return true;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    quietly(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    quietly(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the visitor itself throws nothing; a folder that cannot be walked is left as it is
        }
        return !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
    }

    private static void quietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left behind: the caller asked for as much as can be deleted
        }
    }
}
