package org.strategypress.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.strategypress.model.Diagnostic;
import org.strategypress.pipeline.Monitoring;
import org.strategypress.pipeline.StatusFormat;
import org.strategypress.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press status}: the monitoring report, KPIs by status and milestones late or at risk, per pillar and national target. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Report progress for monitoring and evaluation: every KPI by status (on track, behind, off track) "
                + "with its latest actual and what remains to its next target, milestones late or at risk by their "
                + "status (or their due date, without one), and the KPIs of each pillar and national target."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Mixin
    DeadlineOption deadline;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE})")
    StatusFormat format;

    @Option(names = "--fail-on", paramLabel = "STATUS",
            description = "off-track: exit 1 when any KPI is off track (for CI)")
    String failOn;

    @Override
    public Integer call() {
        if (failOn != null && !failOn.equals("off-track")) {
            main.err.println("press status: --fail-on takes off-track, not '" + failOn + "'");
            main.err.flush();
            return ExitStatus.CLI_ERROR.code;
        }
        Monitoring.Outcome o = Monitoring.status(deadline.pipeline(), contentOption.folder, asOf.month, format);
        if (o.report() == null) {
            List<Diagnostic> errors = o.check().diagnostics().stream().filter(Diagnostic::isError).toList();
            DiagnosticPrinter.print(errors, ReportFormat.TEXT, main);
            return ExitStatus.FAILURE.code;
        }
        main.out.print(o.report());
        main.out.flush();
        return (failOn != null && o.offTrack() ? ExitStatus.FAILURE : ExitStatus.OK).code;
    }
}
