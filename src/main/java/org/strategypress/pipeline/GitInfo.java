package org.strategypress.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads version, commit and date from git, when the content is in a git work tree and git is installed. */
final class GitInfo {

    private GitInfo() {
    }

    static BuildInfo resolve(Path content, String versionFromYaml, String sourceDateEpoch) {
        Optional<String> commit = git(content, "rev-parse", "--short=10", "HEAD");
        String version = versionFromYaml;
        if (version == null || version.isBlank())
            version = git(content, "describe", "--tags", "--dirty").orElse("0.0.0-dev");
        Instant date = null;
        if (sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) date = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
        if (date == null) date = git(content, "log", "-1", "--format=%ct").filter(s -> s.matches("\\d+"))
                .map(s -> Instant.ofEpochSecond(Long.parseLong(s))).orElse(null);
        if (date == null) date = Instant.now();
        return new BuildInfo(version, commit.orElse(""), date);
    }

    /** Runs git with a short timeout; empty if git is missing, fails, or this is no repository. */
    static Optional<String> git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
