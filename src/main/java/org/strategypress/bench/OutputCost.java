package org.strategypress.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;

/**
 * One cold build writing only the outputs named, for {@code bench/review-cost}, which times it as a whole process
 * with and without the Word and review copies. Prints the stage timings on one line.
 * Usage: {@code java -cp strategy-press-cli.jar org.strategypress.bench.OutputCost CONTENT TEMPLATES OUT OUTPUT,...}
 * (OUTPUT names as in {@link Output}, e.g. {@code SITE,PDF,DATA,SCHEMAS}).
 */
public final class OutputCost {

    private OutputCost() {
    }

    public static void main(String[] args) {
        Set<Output> outputs = EnumSet.noneOf(Output.class);
        for (String o : args[3].split(",")) outputs.add(Output.valueOf(o.strip().toUpperCase(Locale.ROOT)));
        BuildResult r = new Pipeline().build(BuildRequest.of(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).only(outputs));
        if (!r.ok()) {
            System.err.println("the build failed: " + r.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow());
            System.exit(1);
        }
        System.out.println(r.timings());
    }
}
