package org.strategypress.model.schema;

import static org.strategypress.model.schema.FieldSpec.of;
import static org.strategypress.model.schema.FieldType.*;
import static org.strategypress.model.schema.SharedFields.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.strategypress.model.Artifact;
import org.strategypress.model.Assessment;
import org.strategypress.model.Benchmark;
import org.strategypress.model.Body;
import org.strategypress.model.Entity;
import org.strategypress.model.Gap;
import org.strategypress.model.Initiative;
import org.strategypress.model.Kpi;
import org.strategypress.model.NationalTarget;
import org.strategypress.model.Objective;
import org.strategypress.model.Pillar;
import org.strategypress.model.Principle;
import org.strategypress.model.Priority;
import org.strategypress.model.Reference;
import org.strategypress.model.Risk;
import org.strategypress.model.Stakeholder;
import org.strategypress.model.Theme;
import org.strategypress.model.Term;
import org.strategypress.model.Trend;
import org.strategypress.model.Vision;

/**
 * The registry of entity kinds: each kind declared once, with its labels, record, fields and uses. The loader,
 * the validator's reference rule, the views, the site's pages, search and dashboard, the exports, the diff, the JSON
 * Schemas and the authoring guide all read this list. Fields marked "(extension)" go beyond the content-model spec.
 */
public final class Kinds {

    public static final Kind<Stakeholder> STAKEHOLDERS = new Kind<>("stakeholders", "Stakeholder", "Stakeholders", "stakeholders", Stakeholder.class, 0, true, "ministries, agencies and other bodies", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("name", TEXT, "official name").mandatory(),
            of("short", TEXT, "short name or acronym"),
            of("type", ENUM, "kind of body").oneOf("ministry", "agency", "regulator", "central-bank",
                    "state-company", "private", "international", "other"),
            of("role", TEXT, "(extension) its role in the strategy and its governance")));

    public static final Kind<Pillar> PILLARS = new Kind<>("pillars", "Pillar", "Pillars", "pillars", Pillar.class, 0, true, "the strategy's pillars",
            Set.of(Kind.Use.DASHBOARD, Kind.Use.SEARCH, Kind.Use.EXPORT, Kind.Use.DIFF), // a pillar's page is its own (site/pillar.ftlh)
            List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("summary", MARKDOWN, "what the pillar covers")));

    public static final Kind<Priority> PRIORITIES = new Kind<>("priorities", "National priority", "National priorities", "priorities", Priority.class, 0, true, "national priorities of the reference framework", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory()));

    public static final Kind<NationalTarget> NATIONAL_TARGETS = new Kind<>("national_targets", "National target", "National targets", "national-targets", NationalTarget.class, 0, true, "measurable national targets under a priority", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("priority", REF, "the priority it serves").refersTo("priorities").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("indicator", TEXT, "what is measured"),
            of("unit", TEXT, "unit of the values"),
            measure("baseline", "value before the strategy"),
            measure("target", "value to reach"),
            of("source", TEXT, "where the figures come from"),
            ILLUSTRATIVE, UNVERIFIED));

    public static final Kind<Assessment> ASSESSMENTS = new Kind<>("assessments", "Assessment", "Assessments", "assessments", Assessment.class, 1, false, "as-is assessment of one pillar", Kind.DATA_ONLY, List.of(
            of("pillar", REF, "the pillar assessed").refersTo("pillars").mandatory(),
            of("maturity", NUMBER, "maturity from 1.0 to 5.0").range(1.0, 5.0).mandatory(),
            of("maturity_basis", TEXT, "(extension) how the maturity score was judged"),
            of("summary", MARKDOWN, "the assessment in brief").mandatory(),
            of("strengths", TEXT_LIST, "strengths"),
            of("challenges", TEXT_LIST, "challenges"),
            of("opportunities", TEXT_LIST, "opportunities"),
            of("enabling_environment", OBJECT, "institutional, legal and regulatory environment").with(
                    of("institutional", MARKDOWN, "institutions"),
                    of("legal", MARKDOWN, "laws"),
                    of("regulatory", MARKDOWN, "regulation")),
            of("stakeholders", REF_LIST, "stakeholders consulted").refersTo("stakeholders"),
            of("assets", TEXT_LIST, "assets the pillar can build on"),
            of("data_governance", MARKDOWN, "data governance in this pillar")));

    public static final Kind<Trend> TRENDS = new Kind<>("trends", "Global trend", "Global trends", "trends", Trend.class, 2, true, "global trends", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("summary", MARKDOWN, "the trend and its impact").mandatory(),
            of("sources", TEXT_LIST, "(extension) sources")));

    public static final Kind<Benchmark> BENCHMARKS = new Kind<>("benchmarks", "International example", "International examples", "benchmarks", Benchmark.class, 2, true, "international examples", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("country", TEXT, "country").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("summary", MARKDOWN, "the example in brief").mandatory(),
            of("practices", TEXT_LIST, "best practices"),
            of("lessons", TEXT_LIST, "lessons for the home country"),
            of("pillars", REF_LIST, "pillars it informs").refersTo("pillars"),
            of("metrics", OBJECT_LIST, "figures compared with the home country").with(
                    of("name", TEXT, "what is measured").mandatory(),
                    of("unit", TEXT, "unit"),
                    of("value", NUMBER, "the benchmark country's value").mandatory(),
                    of("home_value", NUMBER, "the home country's value"),
                    of("year", YEAR, "year of the values"),
                    of("source", TEXT, "source"),
                    ILLUSTRATIVE, UNVERIFIED),
            of("sources", TEXT_LIST, "(extension) sources")));

    public static final Kind<Vision> VISIONS = new Kind<>("visions", "Vision", "Visions", "visions", Vision.class, 3, false, "to-be vision of one pillar", Kind.DATA_ONLY, List.of(
            of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
            of("statement", MARKDOWN, "the vision statement").mandatory(),
            of("outcomes", TEXT_LIST, "expected outcomes")));

    public static final Kind<Gap> GAPS = new Kind<>("gaps", "Gap", "Gaps", "gaps", Gap.class, 3, true, "gaps between as-is and to-be", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("as_is", MARKDOWN, "the situation today").mandatory(),
            of("to_be", MARKDOWN, "the situation aimed for").mandatory(),
            of("severity", ENUM, "how severe").oneOf(LEVELS)));

    public static final Kind<Objective> OBJECTIVES = new Kind<>("objectives", "Objective", "Objectives", "objectives", Objective.class, 3, true, "strategic objectives", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("pillar", REF, "the pillar").refersTo("pillars"),
            of("contributes_to", REF_LIST, "national targets served").refersTo("national_targets"),
            of("assumptions", TEXT_LIST, "what must hold for the objective's initiatives to achieve it"),
            of("constraints", REF_LIST, "gaps the objective must overcome").refersTo("gaps")));

    public static final Kind<Theme> THEMES = new Kind<>("themes", "Theme of action", "Themes of action", "themes", Theme.class, 3, true, "themes of action grouping initiatives across pillars", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("summary", MARKDOWN, "what the theme covers")));

    public static final Kind<Initiative> INITIATIVES = new Kind<>("initiatives", "Initiative", "Initiatives", "initiatives", Initiative.class, 4, true, "roadmap initiatives", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("pillar", REF, "the pillar").refersTo("pillars").mandatory(),
            of("addresses", REF_LIST, "gaps it closes").refersTo("gaps").mandatory(),
            of("owner", REF, "accountable stakeholder").refersTo("stakeholders").mandatory(),
            of("partners", REF_LIST, "partner stakeholders").refersTo("stakeholders"),
            of("objectives", REF_LIST, "objectives served").refersTo("objectives"),
            of("horizon", ENUM, "short, medium or long term").oneOf("short", "medium", "long"),
            of("start", WHEN, "start, YYYY or YYYY-MM").mandatory(),
            of("end", WHEN, "end, YYYY or YYYY-MM").mandatory(),
            of("priority", ENUM, "priority").oneOf(LEVELS),
            of("milestones", OBJECT_LIST, "dated steps").with(
                    of("id", ID, "unique id").mandatory(),
                    of("title", TEXT, "title").mandatory(),
                    of("due", WHEN, "due date, YYYY or YYYY-MM").mandatory(),
                    of("status", ENUM, "status as of the strategy's as_of; default planned").oneOf(MILESTONE_STATUSES),
                    of("done", WHEN, "when it was completed, YYYY-MM"),
                    of("note", TEXT, "a note on the status")),
            of("description", MARKDOWN, "what the initiative does"),
            of("scores", NUMBER_MAP, "score on each prioritisation criterion, by criterion id, e.g. {impact: 4}"),
            of("quick_win", BOOL, "true for a quick win: high value, done early"),
            of("consulted", REF_LIST, "stakeholders consulted (C of RACI)").refersTo("stakeholders"),
            of("informed", REF_LIST, "stakeholders kept informed (I of RACI)").refersTo("stakeholders"),
            of("cost", OBJECT_LIST, "cost by year, in the strategy's currency and scale").with(
                    of("year", YEAR, "year").mandatory(),
                    of("amount", NUMBER, "amount").mandatory(),
                    ILLUSTRATIVE),
            of("funding", OBJECT_LIST, "funding lines").with(
                    of("source", REF, "who funds it").refersTo("stakeholders").mandatory(),
                    of("amount", NUMBER, "amount").mandatory(),
                    of("status", ENUM, "how firm the money is").oneOf("committed", "expected", "sought").mandatory(),
                    ILLUSTRATIVE),
            of("illustrative", BOOL, "true when the cost and funding figures are not from a cited source"),
            of("theme", REF, "the theme of action it belongs to").refersTo("themes")));

    public static final Kind<Kpi> KPIS = new Kind<>("kpis", "KPI", "KPIs", "kpis", Kpi.class, 4, true, "key performance indicators", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("measures", REF_LIST, "initiatives it measures").refersTo("initiatives").mandatory(),
            of("contributes_to", REF_LIST, "national targets it serves").refersTo("national_targets").mandatory(),
            of("unit", TEXT, "unit").mandatory(),
            of("direction", ENUM, "which way is better").oneOf("increase", "decrease", "maintain").mandatory(),
            measure("baseline", "value at the start").mandatory(),
            of("targets", OBJECT_LIST, "the KPI's own yearly targets").mandatory().with(
                    of("year", YEAR, "year").mandatory(),
                    of("value", NUMBER, "value").mandatory(),
                    VALUE_ILLUSTRATIVE),
            of("owner", REF, "who reports it").refersTo("stakeholders").mandatory(),
            of("source", TEXT, "data source"),
            of("frequency", TEXT, "how often it is measured"),
            ILLUSTRATIVE, UNVERIFIED,
            of("level", ENUM, "output, outcome or impact indicator; default outcome").oneOf("output", "outcome", "impact"),
            of("objective", REF, "the objective whose outcome it measures").refersTo("objectives"),
            of("definition", MARKDOWN, "what exactly is measured (reference sheet)"),
            of("formula", TEXT, "how the value is computed"),
            of("disaggregation", TEXT_LIST, "breakdowns reported (by sex, region...)"),
            of("method", TEXT, "how the data are collected"),
            of("limitations", TEXT, "what the indicator does not capture, known data problems"),
            of("responsible", REF, "who collects the data; default the owner").refersTo("stakeholders"),
            of("actuals", OBJECT_LIST, "measured values, for progress against the targets").with(
                    of("year", WHEN, "when it was measured, YYYY or YYYY-MM").mandatory(),
                    of("value", NUMBER, "the measured value").mandatory(),
                    of("source", TEXT, "where the value was published"),
                    VALUE_ILLUSTRATIVE)));

    public static final Kind<Principle> PRINCIPLES = new Kind<>("principles", "Principle", "Principles", "principles", Principle.class, 4, true, "implementation principles", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("text", MARKDOWN, "the principle").mandatory()));

    public static final Kind<Artifact> ARTIFACTS = new Kind<>("artifacts", "Artifact", "Artifacts", "artifacts", Artifact.class, 4, true, "implementation artifacts", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("kind", ENUM, "tool, template, playbook or guideline")
                    .oneOf("tool", "template", "playbook", "guideline").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("supports", REF_LIST, "initiatives it supports").refersTo("initiatives")));

    public static final Kind<Risk> RISKS = new Kind<>("risks", "Risk", "Risks", "risks", Risk.class, 4, true, "implementation risks", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "title").mandatory(),
            of("likelihood", ENUM, "likelihood").oneOf(LEVELS),
            of("impact", ENUM, "impact").oneOf(LEVELS),
            of("mitigated_by", REF_LIST, "initiatives that mitigate it").refersTo("initiatives"),
            of("owner", REF, "who manages the risk").refersTo("stakeholders"),
            of("category", ENUM, "kind of risk").oneOf("political", "macroeconomic", "policy", "technical",
                    "institutional", "fiduciary", "social", "stakeholder", "other"),
            of("response", MARKDOWN, "how the risk is handled")));

    public static final Kind<Body> BODIES = new Kind<>("bodies", "Governance body", "Governance bodies", "bodies", Body.class, 4, true, "councils, committees, offices and working groups that steer delivery", Kind.EVERYWHERE, List.of(
            of("id", ID, "unique id").mandatory(),
            of("title", TEXT, "name of the body").mandatory(),
            of("kind", ENUM, "council, committee, office or working-group")
                    .oneOf("council", "committee", "office", "working-group").mandatory(),
            of("chair", REF, "who chairs it").refersTo("stakeholders"),
            of("members", REF_LIST, "its members").refersTo("stakeholders"),
            of("secretariat", REF, "who runs its secretariat").refersTo("stakeholders"),
            of("reports_to", REF, "the body it reports to").refersTo("bodies"),
            of("meets", TEXT, "how often it meets, e.g. quarterly"),
            of("mandate", MARKDOWN, "what it decides and oversees")));

    /** Glossary and acronyms: shown in the generated annexes, not on pages of their own. */
    public static final Kind<Term> TERMS = new Kind<>("terms", "Term", "Terms", "terms", Term.class, 0, true, "glossary terms and acronyms",
            Set.of(Kind.Use.EXPORT, Kind.Use.DIFF), List.of(
            of("id", ID, "unique id, such as TERM-MDDT").mandatory(),
            of("term", TEXT, "the term written out").mandatory(),
            of("abbr", TEXT, "its abbreviation or acronym: listed among the acronyms and marked where it is used"),
            of("definition", MARKDOWN, "what it means").mandatory()));

    /** Works cited: the references annex lists them, numbered in order of first citation. */
    public static final Kind<Reference> REFERENCES = new Kind<>("references", "Reference", "References", "references", Reference.class, 0, true,
            "works cited, by [[ID]] in prose or by id in a source or sources field",
            Set.of(Kind.Use.EXPORT, Kind.Use.DIFF), List.of(
            of("id", ID, "unique id, such as REF-UN-EGOV-2024").mandatory(),
            of("title", TEXT, "title of the work").mandatory(),
            of("publisher", TEXT, "who published it"),
            of("author", TEXT, "who wrote it"),
            of("year", YEAR, "year of publication"),
            of("url", STRING, "where to find it"),
            of("accessed", STRING, "when the URL was read, YYYY-MM-DD"),
            of("kind", ENUM, "what it is").oneOf("report", "law", "dataset", "web", "article")));

    /** Every kind, in the order documents present them. */
    public static final List<Kind<?>> ALL = List.of(STAKEHOLDERS, PILLARS, PRIORITIES, NATIONAL_TARGETS, ASSESSMENTS, TRENDS,
            BENCHMARKS, VISIONS, GAPS, OBJECTIVES, THEMES, INITIATIVES, KPIS, PRINCIPLES, ARTIFACTS, RISKS, BODIES, TERMS, REFERENCES);

    private Kinds() {
    }

    /** The kind with this YAML key. */
    public static Optional<Kind<?>> byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The kind an entity record belongs to. */
    public static Kind<?> kindOf(Entity e) {
        return kindOf(e.getClass());
    }

    /** The kind of a record class. */
    public static Kind<?> kindOf(Class<?> type) {
        for (Kind<?> k : ALL) if (k.type() == type) return k;
        throw new IllegalArgumentException(type.getSimpleName() + " is no registered kind");
    }

    /** The YAML keys of every kind. */
    public static List<String> keys() {
        return ALL.stream().map(Kind::key).toList();
    }
}
