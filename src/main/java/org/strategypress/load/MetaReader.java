package org.strategypress.load;

import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Names;
import org.strategypress.model.Prioritisation;
import java.math.BigDecimal;
import org.strategypress.model.Review;
import org.strategypress.model.Severity;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.StrategyMeta.RuleSetting;
import org.strategypress.model.Text;
import org.strategypress.model.When;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads strategy.yaml. When it is missing or broken, a stand-in lets the rest of the content still be checked. */
final class MetaReader {

    private final YamlReader yaml;

    MetaReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    StrategyMeta read(Path file, List<Diagnostic> problems) {
        Path shown = DisplayPaths.of(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Rule.MISSING_FILE.at(SourcePosition.of(shown),
                    "strategy.yaml is missing: it holds the title, country, status and horizon of the document"));
            return standIn(shown);
        }
        Node doc = yaml.read(file, shown, problems).orElse(null);
        if (doc == null) return standIn(shown);
        NodeChecker checker = new NodeChecker(shown, problems);
        Checked c = checker.check(doc, "strategy.yaml", ContentSchema.STRATEGY.fields());
        if (c == null) return standIn(shown);
        Checked horizon = c.object("horizon");
        int from = horizon == null ? 0 : horizon.year("from");
        int to = horizon == null ? 0 : horizon.year("to");
        if (horizon != null && from > to) {
            problems.add(Rule.YEAR_ORDER.at(horizon.at(), "horizon runs from " + from + " to " + to
                    + ": 'from' must not be after 'to'"));
            from = 0;
            to = 0;
        }
        Node rulesNode = (Node) c.values().get("rules");
        Map<String, RuleSetting> rules = rulesNode == null ? Map.of() : rules((MappingNode) rulesNode, checker, problems);
        When asOf = c.when("as_of");
        if (asOf != null && asOf.month() == 0) {
            problems.add(Rule.BAD_VALUE.at(asOf.at(), "as_of should name a month, such as \"" + asOf.year()
                    + "-06\": it is the date KPI actuals and milestone statuses are reported at"));
            asOf = null;
        }
        Checked framework = c.object("framework");
        Text frameworkTitle = framework == null ? null : framework.text("title");
        Text frameworkShort = framework == null || framework.text("short") == null ? frameworkTitle : framework.text("short");
        List<String> languages = languages(c, problems);
        String language = c.string("language") != null ? c.string("language") : languages.isEmpty() ? "en" : languages.get(0);
        return new StrategyMeta(orElse(c.text("title"), "Untitled strategy", shown), c.text("subtitle"),
                orElse(c.text("country"), "", shown), language,
                c.string("status") == null ? "draft" : c.string("status"), c.string("version"), from, to,
                c.texts("prepared_by"), rules, c.string("page_size") == null ? "A4" : c.string("page_size"),
                frameworkTitle, frameworkShort, c.at(),
                prioritisation(c.object("prioritisation")), currency(c.object("currency")), asOf, reviews(c), languages,
                c.object("review_copy") == null ? null : c.object("review_copy").string("layout"));
    }

    /**
     * {@code languages: [en, az]}, the first the source language; {@code language: en} alone means {@code [en]}. Both
     * given, they must agree on the source language.
     */
    private static List<String> languages(Checked c, List<Diagnostic> problems) {
        List<Text> written = c.texts("languages");
        List<String> out = new ArrayList<>();
        for (Text t : written) {
            String tag = t.toString().trim();
            if (tag.length() > 35 || !tag.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
                problems.add(Rule.BAD_VALUE.at(t.at(), "'" + tag + "' is not a BCP 47 language tag such as en or az"));
            } else if (out.contains(tag)) {
                problems.add(Rule.BAD_VALUE.at(t.at(), "language '" + tag + "' is listed twice"));
            } else out.add(tag);
        }
        String language = c.string("language");
        if (language != null && !out.isEmpty() && !out.get(0).equals(language))
            problems.add(Rule.BAD_VALUE.at(written.get(0).at(), "languages start with '" + out.get(0) + "' but language is '"
                    + language + "': the first of languages is the source language; drop one of the two"));
        return out;
    }

    /** The prioritisation criteria and scale (1 to 5 unless written), or null when strategy.yaml has none. */
    private static Prioritisation prioritisation(Checked p) {
        if (p == null) return null;
        List<Prioritisation.Criterion> criteria = p.objects("criteria").stream()
                .map(x -> EntityMapper.map(Prioritisation.Criterion.class, x)).filter(Objects::nonNull).toList();
        Checked scale = p.object("scale");
        BigDecimal min = scale == null ? BigDecimal.ONE : scale.number("min");
        BigDecimal max = scale == null ? BigDecimal.valueOf(5) : scale.number("max");
        Checked q = p.object("quadrants");
        Prioritisation.Quadrants quadrants = q == null || !q.complete() ? null : new Prioritisation.Quadrants(
                q.text("top_right"), q.text("top_left"), q.text("bottom_right"), q.text("bottom_left"), q.at());
        return new Prioritisation(criteria, min, max, quadrants, p.at());
    }

    private static StrategyMeta.Currency currency(Checked c) {
        if (c == null) return null;
        return new StrategyMeta.Currency(c.string("code"), c.string("scale") == null ? "one" : c.string("scale"), c.at());
    }

    /** Document control: each complete entry of {@code reviews}, in the order written. */
    private static List<Review> reviews(Checked c) {
        return c.objects("reviews").stream().filter(Checked::complete).map(r -> EntityMapper.map(Review.class, r))
                .filter(Objects::nonNull).toList();
    }

    private static Map<String, RuleSetting> rules(MappingNode map, NodeChecker checker, List<Diagnostic> problems) {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(Rule.codes());
        known.addAll(Rule.THRESHOLDS);
        for (NodeTuple t : map.getValue()) {
            String name = ((ScalarNode) t.getKeyNode()).getValue();
            SourcePosition at = checker.at(t.getValueNode());
            if (!known.contains(name)) {
                problems.add(Rule.UNKNOWN_FIELD.at(checker.at(t.getKeyNode()), "unknown rule '" + name + "'"
                        + Names.didYouMean(name, known)));
                continue;
            }
            String v = t.getValueNode() instanceof ScalarNode s ? s.getValue() : null;
            if (Rule.THRESHOLDS.contains(name)) {
                if (v == null || !v.matches("\\d{1,4}")) {
                    problems.add(Rule.BAD_TYPE.at(at, "rule setting '" + name + "' should be a whole number"));
                    continue;
                }
                out.put(name, new RuleSetting(name, null, Integer.parseInt(v), at));
            } else {
                Severity sev = Severity.parse(v);
                if (sev == null) {
                    problems.add(Rule.BAD_VALUE.at(at, "rule '" + name
                            + "' can be set to error, warning, info or off, not '" + v + "'"));
                    continue;
                }
                out.put(name, new RuleSetting(name, sev, null, at));
            }
        }
        return out;
    }

    private static Text orElse(Text t, String fallback, Path shown) {
        return t != null ? t : Text.plain(fallback, SourcePosition.of(shown));
    }

    /** What stands for strategy.yaml when it cannot be read, so that the rest of the content is still checked. */
    static StrategyMeta standIn(Path shown) {
        return new StrategyMeta(Text.plain("Untitled strategy", SourcePosition.of(shown)), null,
                Text.plain("", SourcePosition.of(shown)), "en", "draft", null, 0, 0, List.of(), Map.of(), "A4",
                null, null, SourcePosition.of(shown), null, null, null, List.of(), List.of(), null);
    }
}
