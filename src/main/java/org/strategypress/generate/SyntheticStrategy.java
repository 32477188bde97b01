package org.strategypress.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A valid synthetic strategy N times the size of the sample, for load tests and font checks: every kind
 * multiplied by N (6N pillars, each with one assessment and one vision; 20N initiatives, 40N KPIs, 10N
 * chapters in 4 modules), the results chain complete, every year inside 2026-2030, every figure
 * illustrative. The text is lorem-like prose with Azerbaijani letters in titles. Like the sample it is bilingual
 * (languages en and az: titles in both, the first chapter of each module translated, the rest left to translate)
 * and uses version 2 of the content model: scores, costs and funding, milestone statuses, KPI actuals, references
 * cited from the chapters and terms whose abbreviations the chapters use. The same scale always gives
 * the same bytes: one seeded {@link Random}, used in a fixed order.
 */
public final class SyntheticStrategy {

    /** How much was generated. */
    public record Counts(int pillars, int priorities, int nationalTargets, int stakeholders, int assessments,
                         int trends, int benchmarks, int visions, int gaps, int objectives, int initiatives,
                         int milestones, int kpis, int principles, int artifacts, int risks, int modules,
                         int chapters, int references, int terms, int translations, int files) {

        /** One line for the CLI. */
        public String summary() {
            return pillars + " pillars, " + priorities + " priorities, " + nationalTargets + " national targets, "
                    + stakeholders + " stakeholders, " + assessments + " assessments, " + trends + " trends, "
                    + benchmarks + " benchmarks, " + visions + " visions, " + gaps + " gaps, " + objectives
                    + " objectives, " + initiatives + " initiatives (" + milestones + " milestones), " + kpis
                    + " KPIs, " + principles + " principles, " + artifacts + " artifacts, " + risks + " risks, "
                    + chapters + " chapters in " + modules + " modules, " + references + " references, " + terms
                    + " terms, " + translations + " chapters translated into az; " + files + " files";
        }
    }

    /** How strategy.yaml of a generated strategy starts; {@link #isGenerated} looks for it. */
    static final String MARKER = "# Synthetic strategy at scale x";

    private final SortedMap<String, String> files = new TreeMap<>();
    private final Counts counts;

    /** Generates the strategy in memory; {@code scale} is at least 1. */
    public SyntheticStrategy(int scale) {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        Plan plan = new Plan(scale);
        Prose prose = new Prose(new Random(0x5EED_2026L + scale));
        new ReferenceTables(plan, prose).write(files);
        new AnalysisTables(plan, prose).write(files);
        int milestones = new RoadmapTables(plan, prose).write(files);
        // version 2's apparatus and second language draw from their own generator, so that adding them left the
        // rest of the content as it was
        ApparatusTables apparatus = new ApparatusTables(plan, new Prose(new Random(0x5EED_2027L + scale)));
        apparatus.write(files);
        int chapters = new Chapters(plan, prose, apparatus).write(files);
        counts = new Counts(plan.pillars.size(), plan.priorities.size(), plan.targets.size(), plan.stakeholders.size(),
                plan.pillars.size(), plan.trends.size(), plan.benchmarks.size(), plan.pillars.size(),
                plan.gaps.values().stream().mapToInt(java.util.List::size).sum(), plan.objectives.size(),
                plan.initiatives.size(), milestones, plan.kpis.size(), plan.principles.size(), plan.artifacts.size(),
                plan.risks.size(), Chapters.MODULE_DIRS.length, chapters, ApparatusTables.REFERENCES * scale,
                ApparatusTables.TERMS * scale, Chapters.MODULE_DIRS.length, files.size());
    }

    /** The files, keyed by their path relative to the content folder ('/'-separated), in path order. */
    public SortedMap<String, String> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public Counts counts() {
        return counts;
    }

    /**
     * True when {@code contentDir} holds a strategy this class wrote (its strategy.yaml starts with the
     * generator's marker), so that replacing it cannot destroy a writer's content.
     */
    public static boolean isGenerated(Path contentDir) throws IOException {
        Path meta = contentDir.resolve("strategy.yaml");
        if (!Files.isRegularFile(meta)) return false;
        try (var lines = Files.lines(meta, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith(MARKER)).orElse(false);
        } catch (java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Writes every file under {@code contentDir} (created if needed) as UTF-8 with '\n' line ends. */
    public Counts writeTo(Path contentDir) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = contentDir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        return counts;
    }
}
