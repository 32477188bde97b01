package org.strategypress.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs git in a folder and returns its output; a failure becomes a DiffException with git's own message. */
final class Git {

    private Git() {
    }

    static String run(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new DiffException("cannot run git (is it installed?): " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DiffException("git " + args[0] + " took too long");
            }
            if (p.exitValue() != 0) throw new DiffException("git " + args[0] + " failed: " + err.join().strip());
            return out.strip();
        } catch (IOException e) {
            throw new DiffException("git " + args[0] + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiffException("interrupted while running git", e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
