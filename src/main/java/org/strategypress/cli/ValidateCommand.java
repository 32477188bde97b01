package org.strategypress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.CheckResult;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press validate}: checks the content and prints every problem. */
@Command(name = "validate", description = "Check the content: every problem, with file, line and column.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Mixin
    DeadlineOption deadline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (stderr), json, sarif or github (stdout) (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Override
    public Integer call() {
        Path content = contentOption.folder;
        CheckResult r = deadline.pipeline().check(content, strict);
        DiagnosticPrinter.print(r.diagnostics(), format, main);
        return (r.hasErrors() ? ExitStatus.FAILURE : ExitStatus.OK).code;
    }
}
