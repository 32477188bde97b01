package org.strategypress.load;

import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Names;
import org.strategypress.model.Severity;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.StrategyMeta.RuleSetting;
import org.strategypress.model.Text;
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
        List<String> languages = languages(c, problems);
        String language = c.string("language") != null ? c.string("language") : languages.isEmpty() ? "en" : languages.get(0);
        return new StrategyMeta(orElse(c.text("title"), "Untitled strategy", shown), c.text("subtitle"),
                orElse(c.text("country"), "", shown), language,
                c.string("status") == null ? "draft" : c.string("status"), c.string("version"), from, to,
                c.texts("prepared_by"), rules, c.string("page_size") == null ? "A4" : c.string("page_size"), c.at(),
                languages);
    }

    /**
     * {@code languages: [en, az]}, the first the source language; {@code language: en} alone means {@code [en]}. Both
     * given, they must agree on the source language.
     */
    private static List<String> languages(Checked c, List<Diagnostic> problems) {
        List<Text> written = c.texts("languages");
        List<String> out = new java.util.ArrayList<>();
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

    private static Map<String, RuleSetting> rules(MappingNode map, NodeChecker checker, List<Diagnostic> problems) {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        List<String> known = new java.util.ArrayList<>(Rule.codes());
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
                SourcePosition.of(shown), List.of());
    }
}
