package org.strategypress.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code press comments FILE...}: reviewers' comments from reviewed PDFs and Word files, at their source lines. */
@Command(name = "comments", mixinStandardHelpOptions = true,
        description = {"Read reviewers' comments (notes, highlights, strike-outs, replies in a PDF; comments and tracked "
                + "changes in a Word file) and report each at the file, line and column of its paragraph, through the "
                + "draft's data/sourcemap.json, as review-comment and review-change."})
final class CommentsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "reviewed review copies (.pdf) or Word copies (.docx)")
    List<Path> files;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sourcemap", paramLabel = "FILE", defaultValue = "build-output/data/sourcemap.json",
            description = "the source map of the draft the reviewers read (default: ${DEFAULT-VALUE})")
    Path sourceMap;

    @Option(names = "--matrix", paramLabel = "FILE.csv|FILE.xlsx",
            description = "write the comments-response matrix; responses and decisions already in it are kept")
    Path matrix;

    @Mixin
    DiagnosticsFormatOption formatOption;

    @Option(names = "--deadline-seconds", paramLabel = "N", defaultValue = "60",
            description = "stop reading a file after N seconds (default: ${DEFAULT-VALUE})")
    long deadlineSeconds;

    @Override
    public Integer call() {
        Workspace.Comments r = Workspace.comments(files, contentOption.folder, sourceMap, matrix,
                Duration.ofSeconds(Math.max(1, deadlineSeconds)));
        DiagnosticPrinter.print(r.diagnostics(), formatOption.format, main);
        if (r.matrix() != null) DiagnosticPrinter.messages(formatOption.format, main).println("press: wrote " + r.matrix());
        return r.diagnostics().stream().anyMatch(Diagnostic::isError) ? ExitStatus.FAILURE.code : ExitStatus.OK.code;
    }
}
