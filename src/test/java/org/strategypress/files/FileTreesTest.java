package org.strategypress.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @Test
    void aLinkInsideAnOldOutputFolderIsRemovedAndWhatItPointsToIsKept(@TempDir Path tmp) throws Exception {
        Path writersFolder = Files.createDirectories(tmp.resolve("content"));
        Path chapter = Files.writeString(writersFolder.resolve("chapter.md"), "# Kept\n");
        Path old = Files.createDirectories(tmp.resolve("build-output/html/en"));
        Files.writeString(old.resolve("index.html"), "<html></html>");
        Files.createSymbolicLink(old.resolve("content-link"), writersFolder);

        FileTrees.delete(tmp.resolve("build-output"));

        assertFalse(Files.exists(tmp.resolve("build-output")));
        assertTrue(Files.isRegularFile(chapter), "the writer's file behind the link is still there");
    }

    @Test
    void quietlyDeletesWhatItCanAndSaysWhetherAnythingIsLeft(@TempDir Path tmp) throws Exception {
        Path parts = Files.createDirectories(tmp.resolve("parts"));
        Files.write(parts.resolve("part-1.pdf"), new byte[100]);
        Files.createDirectories(parts.resolve("nested/deeper"));

        assertTrue(FileTrees.deleteQuietly(parts));
        assertFalse(Files.exists(parts));
        assertTrue(FileTrees.deleteQuietly(tmp.resolve("never-there")));
    }
}
