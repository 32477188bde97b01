package org.strategypress.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;

/** Files in content/ that are not files: a named pipe never makes press wait for a writer that will not come. */
class SpecialFileInputTest {

    @TempDir
    Path dir;

    @Test
    void aNamedPipeEndingInYamlIsNotReadAndValidateFinishes() throws IOException, InterruptedException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        mkfifo(strategy.file("content/pipe.yaml"));
        mkfifo(strategy.file("content/modules/1-intro/02-pipe.md"));

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> strategy.validate());

        assertEquals(0, run.exitCode(), run.err());
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    }
}
