package org.strategypress.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press templates --out DIR}: writes the built-in templates and fonts out, to restyle them. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"Write the built-in templates, stylesheets, scripts and fonts into a folder, to restyle them.",
                "Builds use the files of ./templates (or --templates DIR) first and the built-in ones for the rest: "
                        + "keep only the files you change. DIR must be empty or absent."})
final class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "templates",
            description = "folder to write the templates into (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            main.err.println("press templates: " + out + " is a file, not a folder");
            return ExitStatus.CLI_ERROR.code;
        }
        try {
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        main.err.println("press templates: " + out + " is not empty; choose a new or empty folder "
                                + "(your own templates there are never overwritten)");
                        return ExitStatus.CLI_ERROR.code;
                    }
                }
            }
            Files.createDirectories(out);
            List<Path> files = Workspace.templates(out);
            main.out.println("press templates: wrote the built-in templates (" + files.size() + " files) to " + out);
            main.out.println("  builds use " + out + "'s files over the built-in ones"
                    + (out.normalize().equals(TemplatesOption.DEFAULT) ? "" : " with --templates " + out)
                    + "; delete the files you do not change, so that they follow the tool's updates");
            return ExitStatus.OK.code;
        } catch (IOException | UncheckedIOException e) {
            main.err.println("press templates: cannot write into " + out + ": " + e.getMessage());
            return ExitStatus.CLI_ERROR.code;
        }
    }
}
