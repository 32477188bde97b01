package org.strategypress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code press init DIR}: a new strategy that validates and builds, ready to be written over. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a new strategy in DIR: content/ (strategy.yaml, the six pillars, one example of every "
                + "kind in a complete results chain, one chapter per module), schema/ and a .gitignore.",
                "It builds with the built-in templates; `press templates` writes them out to restyle.",
                "DIR must be empty or absent."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "DIR", description = "folder for the new strategy")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            main.err.println("press init: " + dir + " is a file, not a folder");
            return ExitStatus.CLI_ERROR.code;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    main.err.println("press init: " + dir + " is not empty; choose a new or empty folder");
                    return ExitStatus.CLI_ERROR.code;
                }
            }
        }
        List<Path> files = Workspace.init(dir);
        main.out.println("press init: wrote a new strategy (" + files.size() + " files) to " + dir);
        main.out.println("  next: cd " + dir + " && press validate && press serve");
        return ExitStatus.OK.code;
    }
}
