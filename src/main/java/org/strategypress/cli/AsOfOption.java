package org.strategypress.cli;

import org.strategypress.pipeline.Monitoring;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --as-of YYYY-MM}: the reporting date, over strategy.yaml's {@code as_of}; anything else is a usage error (exit 2). */
final class AsOfOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The date given, or null: strategy.yaml's {@code as_of}, else this month. */
    String month;

    @Option(names = "--as-of", paramLabel = "YYYY-MM",
            description = "the reporting date (default: as_of in strategy.yaml, else this month)")
    void month(String value) {
        if (!Monitoring.isMonth(value))
            throw new ParameterException(spec.commandLine(), "--as-of takes a year and month such as 2027-06, not '" + value + "'");
        month = value;
    }
}
