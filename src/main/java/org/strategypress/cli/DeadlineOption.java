package org.strategypress.cli;

import java.time.Duration;

import org.strategypress.pipeline.Pipeline;
import org.strategypress.pipeline.StageDeadline;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --deadline-seconds N}: the time limit of each stage, over {@code PRESS_DEADLINE_SECONDS} and the default. */
final class DeadlineOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--deadline-seconds", paramLabel = "N",
            description = "stop a stage (load, validate, render, pdf) that runs longer than N seconds "
                    + "(default: $" + StageDeadline.ENV + ", else 120, more for content larger than the sample)")
    Long seconds;

    /** A pipeline with the chosen deadline; a usage error (exit 2) for a value that is not a positive number. */
    Pipeline pipeline() {
        if (seconds == null) return new Pipeline();
        if (seconds < 1 || seconds > 86_400)
            throw new ParameterException(spec.commandLine(), "--deadline-seconds must be between 1 and 86400, not " + seconds);
        return new Pipeline(System.getenv(), new StageDeadline(Duration.ofSeconds(seconds)));
    }
}
