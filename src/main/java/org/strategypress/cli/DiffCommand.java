package org.strategypress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;


import org.strategypress.pipeline.DiffFormat;
import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code press diff FROM [TO]}: what changed in the content between two git refs, or a ref and the working tree. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed in the content between two git refs (tags, branches, commits), or between "
                + "a ref and the working tree: entities added, removed and changed field by field, and chapters."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FROM", description = "git ref of the earlier version")
    String from;

    @Parameters(index = "1", paramLabel = "TO", arity = "0..1",
            description = "git ref of the later version (default: the working tree)")
    String to;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE})")
    DiffFormat format;

    @Override
    public Integer call() {
        main.out.print(Workspace.diff(contentOption.folder, from, to, format));
        main.out.flush();
        return ExitStatus.OK.code;
    }
}
