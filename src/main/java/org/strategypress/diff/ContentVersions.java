package org.strategypress.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.strategypress.files.FileTrees;
import org.strategypress.load.ContentLoader;
import org.strategypress.model.Strategy;

/**
 * Loads the content folder as it was at a git ref: finds the repository and the content folder's path in
 * it, extracts that folder with {@code git archive} into a temporary folder, and loads it (without
 * validating). Close to delete the temporary folders.
 */
public final class ContentVersions implements AutoCloseable {

    private final ContentLoader loader = new ContentLoader();
    private final Path content;
    private final Path scratch;

    /** For the content folder {@code content}, which must be inside a git work tree for refs to be read. */
    public ContentVersions(Path content) {
        this.content = content.toAbsolutePath().normalize();
        try {
            this.scratch = Files.createTempDirectory("press-diff-");
        } catch (IOException e) {
            throw new DiffException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The content as it is on disk now. */
    public DiffEngine.Side workingTree() {
        if (!Files.isDirectory(content)) throw new DiffException("content folder not found: " + content);
        return new DiffEngine.Side("working tree", loader.load(content).strategy(), content);
    }

    /** The content at a git ref (tag, branch, commit). */
    public DiffEngine.Side at(String ref) {
        if (ref.isBlank() || ref.startsWith("-")) throw new DiffException("not a git ref: '" + ref + "'");
        if (!Files.isDirectory(content)) throw new DiffException("content folder not found: " + content);
        String top = Git.run(content, "rev-parse", "--show-toplevel");
        String prefix = Git.run(content, "rev-parse", "--show-prefix");
        String commit;
        try {
            commit = Git.run(content, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        } catch (DiffException e) {
            throw new DiffException("unknown git ref '" + ref + "'");
        }
        Path dir = scratch.resolve(commit);
        if (!Files.isDirectory(dir)) extract(Path.of(top), commit, prefix, dir, ref);
        Path root = prefix.isEmpty() ? dir : dir.resolve(prefix);
        if (!Files.isRegularFile(root.resolve("strategy.yaml")))
            throw new DiffException("no content folder " + (prefix.isEmpty() ? "." : prefix) + " at " + ref);
        Strategy s = loader.load(root).strategy();
        return new DiffEngine.Side(ref, s, root);
    }

    private void extract(Path top, String commit, String prefix, Path dir, String ref) {
        Path zip = scratch.resolve(commit + ".zip");
        try {
            if (prefix.isEmpty()) Git.run(top, "archive", "--format=zip", "-o", zip.toString(), commit);
            else Git.run(top, "archive", "--format=zip", "-o", zip.toString(), commit, "--", prefix);
        } catch (DiffException e) {
            throw new DiffException("no content folder " + prefix + " at " + ref + " (" + e.getMessage() + ")", e);
        }
        try {
            unzip(zip, dir);
        } catch (IOException e) {
            throw new DiffException("cannot extract the content at " + ref + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) Files.createDirectories(target);
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        FileTrees.deleteQuietly(scratch);
    }
}
