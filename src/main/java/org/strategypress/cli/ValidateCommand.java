package org.strategypress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code press validate}: checks the content and prints every problem. */
@Command(name = "validate", description = "Check the content: every problem, with file, line and column.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Mixin
    StrictOption strictOption;

    @Mixin
    DeadlineOption deadline;

    @Mixin
    DiagnosticsFormatOption formatOption;

    @Override
    public Integer call() {
        Path content = contentOption.folder;
        CheckResult r = deadline.pipeline().check(content, strictOption.strict);
        DiagnosticPrinter.print(r.diagnostics(), formatOption.format, main);
        return (r.hasErrors() ? ExitStatus.FAILURE : ExitStatus.OK).code;
    }
}
