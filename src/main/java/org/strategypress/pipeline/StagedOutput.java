package org.strategypress.pipeline;

import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.strategypress.files.FileTrees;
import org.strategypress.model.SourcePosition;
import org.strategypress.render.RenderException;

/**
 * A build writes into a fresh folder beside the output folder and swaps it in only when everything
 * succeeded: a failed or killed build leaves the previous output as it was.
 */
final class StagedOutput implements AutoCloseable {

    /** Leftovers of killed builds ({@code .<out>.staging-*}, {@code .<out>.old-*}) older than this are removed. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    /**
     * Test hook, null in normal use: run by {@link #commit()} just before the swap, so that a test can make the
     * very last step fail (by throwing) and check that the previous output is untouched. Package-private on purpose.
     */
    static volatile Runnable beforeCommit;

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a staged build for {@code out}; refuses an output path that is a symbolic link. */
    static StagedOutput begin(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target))
            throw fail(target, "output folder is a symbolic link; refusing to write through it: " + out);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS))
            throw fail(target, "output path exists and is not a folder: " + out);
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
            return new StagedOutput(target, staging);
        } catch (IOException e) {
            throw fail(target, "cannot create a folder beside " + out + ": " + e.getMessage());
        }
    }

    /** The folder to write into. */
    Path dir() {
        return staging;
    }

    /** Puts the staged folder in place of the output folder. */
    void commit() {
        Runnable hook = beforeCommit;
        if (hook != null) hook.run();
        try {
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (old != null) FileTrees.deleteQuietly(old);
            removeStaleLeftovers(target, Instant.now().minus(STALE_AFTER));
        } catch (IOException e) {
            throw fail(target, "cannot put the new output in place: " + e.getMessage());
        }
    }

    /**
     * Removes what killed builds left beside {@code target}: folders named {@code .<out>.staging-*} or
     * {@code .<out>.old-*} last changed before {@code before} (a younger one may belong to a build still running).
     */
    static void removeStaleLeftovers(Path target, Instant before) {
        String staging = "." + target.getFileName() + ".staging-";
        String old = "." + target.getFileName() + ".old-";
        try (Stream<Path> s = Files.list(target.getParent())) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!(n.startsWith(staging) || n.startsWith(old)) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) FileTrees.deleteQuietly(p);
            }
        } catch (IOException e) {
            // best effort: a leftover only takes space
        }
    }

    @Override
    public void close() {
        if (!committed) FileTrees.deleteQuietly(staging); // named .<out>.staging-*: nothing else depends on it
    }

    private static RenderException fail(Path at, String message) {
        return new RenderException(Rule.OUTPUT.at(SourcePosition.of(at), message));
    }
}
