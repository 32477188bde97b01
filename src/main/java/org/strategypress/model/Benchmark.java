package org.strategypress.model;

import java.util.List;

/** Module 2: an international example compared with the home country. */
public record Benchmark(String id, Text country, Text title, Text summary, List<Text> practices,
                        List<Text> lessons, List<Ref> pillars, List<Metric> metrics, List<Text> sources,
                        SourcePosition at) implements Entity {
    public Benchmark {
        practices = List.copyOf(practices);
        lessons = List.copyOf(lessons);
        pillars = List.copyOf(pillars);
        metrics = List.copyOf(metrics);
        sources = List.copyOf(sources);
    }

    /** One compared figure: the benchmark country's value beside the home country's. */
    public record Metric(Text name, Text unit, java.math.BigDecimal value, java.math.BigDecimal homeValue,
                         Integer year, Text source, boolean illustrative, Text unverified, SourcePosition at) {
    }
}
