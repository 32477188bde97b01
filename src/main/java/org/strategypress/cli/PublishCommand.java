package org.strategypress.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Workspace;
import org.strategypress.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press publish --site DIR}: builds, adds the draft to DIR/drafts/VERSION/ and rebuilds DIR/index.html. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Build, then add the draft to a drafts site: DIR/drafts/<version>/ (html/, pdf/, data/, and "
                + "changes.md and changes.json with --since) and DIR/index.html listing every draft, newest first.",
                "Earlier drafts stay as they are; publishing the same version again replaces only that draft."})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--site", paramLabel = "DIR", required = true, description = "the drafts site folder")
    Path site;

    @Mixin
    ContentOption contentOption;

    @Mixin
    TemplatesOption templatesOption;

    @Option(names = "--since", paramLabel = "REF", description = "git ref of an earlier version: publish what changed since")
    String since;

    @Mixin
    StrictOption strictOption;

    @Mixin
    DiagnosticsFormatOption formatOption;

    @Mixin
    DeadlineOption deadline;

    @Override
    public Integer call() throws IOException {
        if (templatesOption.problem() != null) {
            main.err.println("press publish: " + templatesOption.problem());
            return ExitStatus.CLI_ERROR.code;
        }
        if (Files.exists(site) && !Files.isDirectory(site)) {
            main.err.println("press publish: " + site + " is a file, not a folder");
            return ExitStatus.CLI_ERROR.code;
        }
        ReportFormat format = formatOption.format;
        try {
            BuildRequest req = BuildRequest.of(contentOption.folder, templatesOption.folder, site).strict(strictOption.strict).since(since);
            Workspace.Published p = Workspace.publish(deadline.pipeline(), req, site);
            BuildResult r = p.build();
            if (format != ReportFormat.TEXT || !r.diagnostics().isEmpty() || !r.ok())
                DiagnosticPrinter.print(r.diagnostics(), format, main);
            if (!r.ok()) {
                main.err.println("press publish: build failed; " + site + " was left as it was");
                return ExitStatus.FAILURE.code;
            }
            DiagnosticPrinter.messages(format, main).println("press publish: added draft " + p.version() + " to "
                    + p.draft() + "; " + p.index() + " lists " + p.drafts() + " draft(s)");
            return ExitStatus.OK.code;
        } catch (UncheckedIOException e) {
            main.err.println("press publish: " + e.getMessage());
            return ExitStatus.CLI_ERROR.code;
        }
    }
}
