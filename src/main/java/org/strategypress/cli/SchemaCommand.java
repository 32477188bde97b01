package org.strategypress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press schema}: writes the JSON Schemas editors use to check and complete the YAML files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Write the JSON Schemas of the content model (content.schema.json for entity files, "
                + "strategy.schema.json for strategy.yaml) for editors such as VS Code with the YAML extension."})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "schema",
            description = "folder to write the schemas into (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            main.err.println("press schema: " + out + " is a file, not a folder");
            return ExitStatus.CLI_ERROR.code;
        }
        try {
            List<Path> files = Workspace.schemas(out);
            main.out.println("press schema: wrote " + String.join(" and ", files.stream().map(Path::toString).toList()));
            return ExitStatus.OK.code;
        } catch (IOException e) {
            main.err.println("press schema: cannot write into " + out + ": " + e.getMessage());
            return ExitStatus.CLI_ERROR.code;
        }
    }
}
