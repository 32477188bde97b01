package org.strategypress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press build}: validates, then renders the site and the PDF. */
@Command(name = "build", description = "Validate, then render the HTML site and the PDF into the output folder.",
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Mixin
    TemplatesOption templatesOption;

    @Option(names = "--out", description = "output folder, replaced only when the build succeeds (default: ${DEFAULT-VALUE})",
            defaultValue = "build-output")
    Path out;

    @Mixin
    StrictOption strictOption;

    @Mixin
    DeadlineOption deadline;

    @Option(names = "--since", paramLabel = "REF",
            description = "git ref of an earlier version: adds changes.html to the site and a \"Changes since REF\" annex to the PDF")
    String since;

    @Mixin
    DiagnosticsFormatOption formatOption;

    @Option(names = "--review", description = "also write the review copy, review/strategy-VERSION-review.pdf: the archival "
            + "pages, not PDF/A, with a margin for comments, paragraph numbers and change bars beside what changed since --since")
    boolean review;

    @Option(names = "--timings", description = "print how long each stage took, and which templates came from where")
    boolean timings;

    @Option(names = {"-v", "--verbose"}, description = "say which templates came from the templates folder and which are built in")
    boolean verbose;

    @Override
    public Integer call() {
        Path content = contentOption.folder;
        ReportFormat format = formatOption.format;
        Path templates = templatesOption.folder();
        if (templatesOption.problem() != null) {
            main.err.println("press build: " + templatesOption.problem());
            return ExitStatus.CLI_ERROR.code;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = deadline.pipeline();
        BuildResult r = pipeline.build(BuildRequest.of(content, templates, out).strict(strictOption.strict).since(since)
                .only(review ? Output.withReview() : Output.all()));
        if (format != ReportFormat.TEXT || !r.diagnostics().isEmpty() || !r.ok())
            DiagnosticPrinter.print(r.diagnostics(), format, main);
        if (!r.ok()) {
            main.err.println("press: build failed; " + out + " was left as it was");
            return ExitStatus.FAILURE.code;
        }
        DiagnosticPrinter.messages(format, main).printf("press: wrote %s (version %s) in %.1f s%n",
                String.join(", ", r.outputs().stream().map(Path::toString).toList()), r.info().version(),
                (System.nanoTime() - t0) / 1e9);
        if (timings) {
            StringBuilder b = new StringBuilder("press: stage timings (ms):");
            r.timings().forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            DiagnosticPrinter.messages(format, main).println(b);
        }
        if ((timings || verbose) && pipeline.templateOrigins() != null)
            DiagnosticPrinter.messages(format, main).println("press: " + pipeline.templateOrigins());
        return ExitStatus.OK.code;
    }
}
