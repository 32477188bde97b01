package org.strategypress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A git repository in a temporary folder for tests of diff, build --since and publish: commits with fixed
 * author, committer and dates (so versions and dates are predictable), tags, checkouts.
 */
public final class ScratchRepo {

    private final Path dir;
    private long clock = 1_767_225_600L; // 2026-01-01T00:00:00Z

    private ScratchRepo(Path dir) {
        this.dir = dir;
    }

    /** {@code git init} in {@code dir}. */
    public static ScratchRepo init(Path dir) {
        ScratchRepo r = new ScratchRepo(dir);
        r.git("init", "-q");
        return r;
    }

    /** Stages everything and commits it, one day after the previous commit. */
    public ScratchRepo commit(String message) {
        git("add", "-A");
        clock += 86_400;
        git("commit", "-q", "-m", message);
        return this;
    }

    /** A lightweight tag on HEAD. */
    public ScratchRepo tag(String name) {
        git("tag", name);
        return this;
    }

    /** Checks out a ref (detached for a tag). */
    public ScratchRepo checkout(String ref) {
        git("checkout", "-q", ref);
        return this;
    }

    /** Runs git in the repository; fails the test with git's output if git fails. */
    public String git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Press Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main",
                "-c", "core.autocrlf=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        String date = "@" + clock + " +0000";
        pb.environment().put("GIT_AUTHOR_DATE", date);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
