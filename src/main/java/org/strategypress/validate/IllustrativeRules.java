package org.strategypress.validate;

import java.util.List;
import java.util.stream.Stream;

import org.strategypress.model.Benchmark;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Kpi;
import org.strategypress.model.Measure;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;

/**
 * illustrative-unmarked: in a strategy that marks values illustrative at all, every number in a value field
 * (baseline, target, targets, metrics, actuals) has a source (its own, or its entity's) or an illustrative mark (its
 * own, or its entity's). A strategy that marks nothing makes no claim about its values, so gets no note.
 */
final class IllustrativeRules implements ValidationRule {

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        if (!marksAnything(s)) return;
        for (NationalTarget t : s.nationalTargets()) {
            boolean sourced = has(t.source());
            measure("national target " + t.id(), "baseline", t.baseline(), sourced, t.illustrative(), t.id(), out);
            measure("national target " + t.id(), "target", t.target(), sourced, t.illustrative(), t.id(), out);
        }
        for (Kpi k : s.kpis()) {
            boolean sourced = has(k.source());
            measure("KPI " + k.id(), "baseline", k.baseline(), sourced, k.illustrative(), k.id(), out);
            for (Measure m : k.targets()) measure("KPI " + k.id(), "target", m, sourced, k.illustrative(), k.id(), out);
            for (Kpi.Actual a : k.actuals())
                if (!a.illustrativeUnder(k.illustrative()) && !sourced && !has(a.source()))
                    out.add(unmarked("KPI " + k.id() + " actual " + a.shown() + " (" + a.year() + ")", a.at(), "'source:' to the actual or the KPI").about(k.id()));
        }
        for (Benchmark b : s.benchmarks())
            for (Benchmark.Metric m : b.metrics())
                if (!m.illustrative() && !has(m.source()) && b.sources().isEmpty())
                    out.add(unmarked("benchmark " + b.id() + " metric '" + m.name().in(s.meta().language()) + "' "
                            + m.value().toPlainString(), m.at(), "'source:' to the metric or 'sources:' to the benchmark").about(b.id()));
    }

    private static void measure(String owner, String what, Measure m, boolean sourced, boolean entityFlag, String id,
                                List<Diagnostic> out) {
        if (m == null || sourced || m.illustrativeUnder(entityFlag)) return;
        out.add(unmarked(owner + " " + what + " " + m.shown() + " (" + m.year() + ")", m.at(), "'source:' to the entity").about(id));
    }

    private static Diagnostic unmarked(String what, SourcePosition at, String sourceFix) {
        return Rule.ILLUSTRATIVE_UNMARKED.at(at, what + " has neither a source nor an illustrative mark: add "
                + sourceFix + ", or 'illustrative: true' to the value");
    }

    private static boolean has(Text t) {
        return t != null && t.byLanguage().values().stream().anyMatch(v -> !v.isBlank());
    }

    private static boolean marksAnything(Strategy s) {
        Stream<Boolean> marks = Stream.of(
                s.nationalTargets().stream().flatMap(t -> Stream.of(t.illustrative() ? Boolean.TRUE : null,
                        t.baseline() == null ? null : t.baseline().illustrative(), t.target() == null ? null : t.target().illustrative())),
                s.kpis().stream().flatMap(k -> Stream.concat(Stream.of(k.illustrative() ? Boolean.TRUE : null, k.baseline() == null ? null : k.baseline().illustrative()),
                        Stream.concat(k.targets().stream().map(Measure::illustrative), k.actuals().stream().map(Kpi.Actual::illustrative)))),
                s.benchmarks().stream().flatMap(b -> b.metrics().stream().map(m -> m.illustrative() ? Boolean.TRUE : null))).flatMap(x -> x);
        return marks.anyMatch(java.util.Objects::nonNull);
    }
}
