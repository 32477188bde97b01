package org.strategypress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press generate}: writes a valid synthetic strategy, N times the size of the sample, for load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a valid synthetic strategy N times the size of the sample (6N pillars, 20N initiatives, "
                + "40N KPIs, 10N chapters), for load and font tests. The same N always gives the same bytes.",
                "Writes DIR/content/ and nothing else, so that `press validate --content DIR/content` reads it."})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "size as a multiple of the sample, at least 1 (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "folder to write DIR/content/ into; must be empty or absent")
    Path out;

    @Option(names = "--force", description = "write into a non-empty DIR: a DIR/content/ written earlier by "
            + "press generate is deleted and written anew; anything else in DIR is left alone")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (scale < 1) {
            main.err.println("press generate: --scale must be at least 1, not " + scale);
            return ExitStatus.CLI_ERROR.code;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            main.err.println("press generate: " + out + " is a file, not a folder");
            return ExitStatus.CLI_ERROR.code;
        }
        if (!force && isNonEmptyDirectory(out)) {
            main.err.println("press generate: " + out + " is not empty; choose an empty folder or add --force "
                    + "(which replaces " + out.resolve("content") + ")");
            return ExitStatus.CLI_ERROR.code;
        }
        Path content = out.resolve("content");
        if (Files.exists(content) && !Workspace.isGenerated(content)) {
            main.err.println("press generate: " + content + " exists and was not written by press generate; "
                    + "it is not replaced, even with --force: choose another folder");
            return ExitStatus.CLI_ERROR.code;
        }
        main.out.println("press generate: wrote " + Workspace.generate(scale, content) + " to " + content);
        return ExitStatus.OK.code;
    }

    private static boolean isNonEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
