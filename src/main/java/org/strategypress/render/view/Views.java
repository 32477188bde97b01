package org.strategypress.render.view;

import java.util.List;
import java.util.Map;

/**
 * The plain data templates see: strings already in the document's language, Markdown already rendered to
 * HTML (fields ending in {@code Html}), references already resolved to links, backlinks already computed.
 * Templates never reach back into the model or any service.
 */
public final class Views {

    private Views() {
    }

    /** A link to an entity: its id, title, where it lives, and its kind. */
    public record LinkView(String id, String title, String href, String kind) {
    }

    /**
     * An entity of a kind with no view of its own: its fields in declared order and what refers to it
     * ({@code backlinks}, one field per reverse relation).
     */
    public record EntityView(String id, String kind, String title, String href, List<FieldView> fields,
                             List<FieldView> backlinks) {
    }

    /**
     * One field of an {@link EntityView}, filled in one of four ways: {@code text} (plain), {@code html} (rendered
     * Markdown), {@code links} (references) or {@code items} (a list of text).
     */
    public record FieldView(String name, String label, String text, String html, List<LinkView> links,
                            List<String> items) {
    }

    /**
     * A value in a year: {@code value} as written, a plain number for machines ({@code data-value}, charts),
     * {@code shown} as the edition writes it (az {@code 76,87}); {@code illustrative}: this value's mark, its
     * entity's flag applied.
     */
    public record MeasureView(String value, String shown, int year, boolean illustrative) {
    }

    /**
     * A measured value of a KPI: when (YYYY or YYYY-MM), the value (plain, and {@code shown} as the edition writes
     * it), where it was published, its mark.
     */
    public record ActualView(String year, String value, String shown, String source, boolean illustrative) {
    }

    /**
     * A KPI's progress as of the reporting date: {@code status} is the stable word (on-track, behind, off-track,
     * not-measured), {@code label} how readers see it; the numbers are as computed by the monitoring package, written
     * as the edition writes numbers, empty when not measured. {@code remaining}: the next target minus the latest actual.
     */
    public record ProgressView(String status, String label, String latest, String latestYear, String expected,
                               String shortfall, String nextTarget, String nextYear, String remaining, String asOf) {
    }

    /**
     * Document metadata for covers, headers and footers; {@code otherTitles}: the title in the other languages
     * given; {@code framework}, {@code frameworkShort}: the national reference framework's names, "" when
     * strategy.yaml names none. {@code language} is the output's language, {@code sourceLanguage} the one the content
     * is written in first; {@code editions} every language the build renders when there are several (the language
     * switcher's), else empty; the notes are what a reader sees beside an untranslated text and over a
     * machine-translated chapter.
     */
    public record MetaView(String title, String subtitle, String country, String language, String status, boolean draft,
                           String version, String commit, String date, List<String> preparedBy, int from, int to,
                           List<Integer> years, String pageSize, List<String> otherTitles, String framework,
                           String frameworkShort, String sourceLanguage, List<String> editions, String untranslatedNote,
                           String machineNote) {
        public MetaView {
            editions = List.copyOf(editions);
            preparedBy = List.copyOf(preparedBy);
            years = List.copyOf(years);
            otherTitles = List.copyOf(otherTitles);
        }
    }

    public record StakeholderView(String id, String name, String shortName, String type, String role, String href,
                                  List<LinkView> owns, List<LinkView> partnerIn, List<LinkView> reports,
                                  List<LinkView> consultedOn, List<LinkView> funds) {
    }

    public record PriorityView(String id, String title, String href, List<NationalTargetView> targets) {
    }

    public record NationalTargetView(String id, String title, LinkView priority, String indicator, String unit,
                                     MeasureView baseline, MeasureView target, String source, boolean illustrative,
                                     String unverified, String href, List<LinkView> servedBy, List<LinkView> objectives) {
    }

    public record AssessmentView(LinkView pillar, String maturity, double maturityValue, String maturityBasis,
                                 String summaryHtml, List<String> strengths, List<String> challenges,
                                 List<String> opportunities, String institutionalHtml, String legalHtml,
                                 String regulatoryHtml, List<LinkView> stakeholders, List<String> assets,
                                 String dataGovernanceHtml) {
    }

    public record TrendView(String id, String title, String summaryHtml, List<String> sources, String href) {
    }

    public record MetricView(String name, String unit, String value, String homeValue, String year, String source,
                             boolean illustrative, String unverified) {
    }

    public record BenchmarkView(String id, String country, String title, String summaryHtml, List<String> practices,
                                List<String> lessons, List<LinkView> pillars, List<MetricView> metrics,
                                List<String> sources, String href) {
    }

    public record VisionView(LinkView pillar, String statementHtml, List<String> outcomes) {
    }

    public record GapView(String id, String title, LinkView pillar, String asIsHtml, String toBeHtml, String severity,
                          String href, List<LinkView> addressedBy) {
    }

    public record ObjectiveView(String id, String title, LinkView pillar, List<LinkView> contributesTo, String href,
                                List<LinkView> servedBy, List<String> assumptions, List<LinkView> constraints,
                                ResultsView results) {
    }

    /**
     * An objective's results chain by level, for the logframe and the theory of change: the KPI ids at each level
     * (a KPI names its objective, or measures an initiative serving it), the themes of its initiatives, the risks those
     * initiatives mitigate, and for each initiative its output KPI ids.
     */
    public record ResultsView(List<String> impactKpis, List<String> outcomeKpis, List<String> outputKpis,
                              List<LinkView> themes, List<LinkView> risks, Map<String, List<String>> outputKpisByInitiative,
                              Map<String, List<LinkView>> risksByInitiative) {
    }


    public record MilestoneView(String id, String title, String due) {
    }

    public record InitiativeView(String id, String title, LinkView pillar, List<LinkView> addresses, LinkView owner,
                                 List<LinkView> partners, List<LinkView> objectives, String horizon, String start,
                                 String end, String priority, List<MilestoneView> milestones, String descriptionHtml,
                                 String href, List<LinkView> measuredBy, List<LinkView> supportedBy,
                                 List<LinkView> mitigates, LinkView theme) {
    }

    public record KpiView(String id, String title, List<LinkView> measures, List<LinkView> contributesTo, String unit,
                          String direction, MeasureView baseline, List<MeasureView> targets,
                          Map<String, String> targetByYear, LinkView owner, String source, String frequency,
                          boolean illustrative, String unverified, String href, List<String> pillarIds,
                          String level, LinkView objective, String definitionHtml, String formula,
                          List<String> disaggregation, String method, String limitations, LinkView responsible,
                          List<ActualView> actuals, ProgressView progress, boolean allIllustrative) {
    }

    public record PrincipleView(String id, String title, String textHtml, String href) {
    }

    public record ArtifactView(String id, String kind, String title, List<LinkView> supports, String href) {
    }

    /** A risk; {@code owner} is null and {@code category} and {@code responseHtml} empty when not written. */
    public record RiskView(String id, String title, String likelihood, String impact, List<LinkView> mitigatedBy,
                           String href, LinkView owner, String category, String responseHtml) {
    }

    /** A pillar with its whole chain, for pillar pages. */
    public record PillarView(String id, String title, String summaryHtml, String href, String pageHref,
                             AssessmentView assessment, VisionView vision, List<GapView> gaps,
                             List<ObjectiveView> objectives, List<InitiativeView> initiatives, List<KpiView> kpis) {
    }

    /**
     * A piece of a chapter: HTML, or a block to draw with its arguments and the heading level it sits under;
     * {@code src} is where a block's directive was written ({@code file:line:column}, the file relative to the
     * content folder), empty for HTML and for blocks placed by default; {@code options} are the directive's other
     * arguments the block takes ({@code by=quarter}), passed to its macro by name.
     */
    public record PartView(String html, String block, String pillar, int level, boolean placedByDefault, String src,
                           Map<String, String> options) {
        public PartView {
            options = Map.copyOf(options);
        }

        public PartView(String html, String block, String pillar, int level, boolean placedByDefault) {
            this(html, block, pillar, level, placedByDefault, "", Map.of());
        }
    }

    /**
     * A chapter in the output's language. {@code untranslatedFrom}: the source language when the chapter has no
     * translation into the output's language and is shown in its source language, else empty; {@code translation}: how
     * the translation shown was made ({@code machine} or {@code human}, as its front matter says), else empty;
     * {@code titleSrc}: where the title is written, {@code file:line:column} as the source map names it, else empty.
     */
    public record ChapterView(String title, String anchor, boolean showTitle, List<PartView> parts,
                              String untranslatedFrom, String translation, String titleSrc) {
        public ChapterView(String title, String anchor, boolean showTitle, List<PartView> parts, String titleSrc) {
            this(title, anchor, showTitle, parts, "", "", titleSrc);
        }
    }

    public record ModuleView(int number, String title, String anchor, String href, List<ChapterView> chapters) {
    }
}
