package org.strategypress.load;

import org.strategypress.model.Rule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategypress.model.schema.ContentSchema;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.KindSpec;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Names;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Text;
import org.strategypress.model.When;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a YAML mapping against a kind of the content model and turns each field into a model value.
 * Reports unknown fields (with did-you-mean), missing fields, wrong types and values outside their range.
 * Text keeps exactly what was written: the scalar's characters, never a YAML 1.1 reinterpretation.
 */
final class NodeChecker {

    private static final Pattern WHEN = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    /** Most digits a number may have before, and after, the decimal point. */
    static final int MAX_NUMBER_DIGITS = 30;
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern LANG = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    private final Path file;
    private final List<Diagnostic> problems;

    NodeChecker(Path shownAs, List<Diagnostic> problems) {
        this.file = shownAs;
        this.problems = problems;
    }

    SourcePosition at(Node n) {
        return new SourcePosition(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
    }

    /** Checks a mapping against the fields of a kind; null if the node is not a mapping. */
    Checked check(Node node, String what, List<FieldSpec> fields) {
        if (!(node instanceof MappingNode map)) {
            problems.add(Rule.BAD_TYPE.at(at(node), what + " should be a mapping of fields, found "
                    + describe(node)));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> keyAt = new LinkedHashMap<>();
        boolean complete = true;
        List<String> names = fields.stream().map(FieldSpec::name).toList();
        java.util.Set<String> meant = new java.util.HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            FieldSpec spec = fields.stream().filter(f -> f.name().equals(key)).findFirst().orElse(null);
            if (spec == null) {
                Names.closest(key, names).ifPresent(meant::add);
                problems.add(Rule.UNKNOWN_FIELD.at(at(t.getKeyNode()), "unknown field '" + key + "' in "
                        + what + Names.didYouMean(key, names) + "; fields are: " + String.join(", ", names)));
                continue;
            }
            Node v = t.getValueNode();
            keyAt.put(key, at(t.getKeyNode()));
            if (isNull(v)) continue;
            Object value = convert(spec, v, what);
            if (value != null) values.put(key, value);
            else if (spec.required()) complete = false;
        }
        for (FieldSpec f : fields) {
            if (f.required() && !values.containsKey(f.name())) {
                // a misspelt required field is one mistake: its unknown-field error (with did-you-mean) says it all
                if (!meant.contains(f.name()) && (!hasKey(map, f.name()) || isNull(valueOf(map, f.name()))))
                    problems.add(Rule.MISSING_FIELD.at(at(node), what + " needs '" + f.name() + "' ("
                            + f.type().description() + ": " + f.doc() + ")"));
                complete = false;
            }
        }
        return new Checked(values, at(node), complete, keyAt);
    }

    private Object convert(FieldSpec spec, Node v, String what) {
        String field = "'" + spec.name() + "' of " + what;
        switch (spec.type()) {
            case ID -> {
                String s = scalar(v, field, spec);
                if (s == null) return null;
                if (!TextShapes.isId(s)) {
                    problems.add(Rule.BAD_ID.at(at(v), "id '" + s
                            + "' does not match the id pattern: capital letters and digits, groups joined by '-', "
                            + "starting with a letter (such as KPI-SKILLS-1)"));
                    return null;
                }
                return s;
            }
            case STRING -> {
                String s = scalar(v, field, spec);
                if (s != null && spec.name().equals("language") && !TextShapes.isLanguageTag(s)) {
                    problems.add(Rule.BAD_VALUE.at(at(v), field + " should be a BCP 47 tag such as en or az-Latn, found '" + s + "'"));
                    return null;
                }
                return s;
            }
            case TEXT, MARKDOWN -> {
                return text(v, field);
            }
            case TEXT_LIST -> {
                return list(v, field, item -> text(item, "an item of " + field));
            }
            case ENUM -> {
                String s = scalar(v, field, spec);
                if (s == null) return null;
                if (!spec.values().contains(s)) {
                    problems.add(Rule.BAD_VALUE.at(at(v), field + " is '" + s + "'; allowed: "
                            + String.join(", ", spec.values()) + Names.didYouMean(s, spec.values())));
                    return null;
                }
                return s;
            }
            case NUMBER -> {
                return number(v, field, spec);
            }
            case YEAR -> {
                String s = scalar(v, field, spec);
                if (s == null) return null;
                if (!YEAR.matcher(s).matches()) {
                    problems.add(Rule.BAD_TYPE.at(at(v), field + " should be a year such as 2027, found '" + s + "'"));
                    return null;
                }
                return Integer.parseInt(s);
            }
            case WHEN -> {
                return when(v, field, spec);
            }
            case BOOL -> {
                String s = scalar(v, field, spec);
                if (s == null) return null;
                if (s.equals("true") || s.equals("false")) return Boolean.valueOf(s);
                problems.add(Rule.BAD_TYPE.at(at(v), field + " should be true or false, found '" + s + "'"));
                return null;
            }
            case REF -> {
                String s = scalar(v, field, spec);
                return s == null ? null : new Ref(s, at(v));
            }
            case REF_LIST -> {
                if (v instanceof ScalarNode) {
                    // one id written without brackets: accept it as a list of one
                    String s = scalar(v, field, spec);
                    return s == null ? null : List.of(new Ref(s, at(v)));
                }
                return list(v, field, item -> {
                    String s = scalar(item, "an item of " + field, spec);
                    return s == null ? null : new Ref(s, at(item));
                });
            }
            case OBJECT -> {
                Checked c = check(v, field, spec.children());
                return c == null || !c.complete() ? null : c;
            }
            case OBJECT_LIST -> {
                List<Checked> items = list(v, field, item -> check(item, "an item of " + field, spec.children()));
                if (items == null) return null;
                return items.stream().allMatch(Checked::complete) ? items
                        : (spec.required() ? null : items.stream().filter(Checked::complete).toList());
            }
            case MAP -> {
                if (!(v instanceof MappingNode)) {
                    problems.add(Rule.BAD_TYPE.at(at(v), field + " should be a mapping, found " + describe(v)));
                    return null;
                }
                return v;
            }
            case NUMBER_MAP -> {
                return numberMap(v, field, spec);
            }
        }
        return null;
    }

    /** A mapping from free names to numbers (an initiative's scores), each number kept with its position. */
    private org.strategypress.model.Scores numberMap(Node v, String field, FieldSpec spec) {
        if (!(v instanceof MappingNode m)) {
            problems.add(Rule.BAD_TYPE.at(at(v), field + " should be a mapping from names to numbers, such as {impact: 4}, found "
                    + describe(v)));
            return null;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple t : m.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (isNull(t.getValueNode())) continue;
            BigDecimal d = number(t.getValueNode(), "'" + key + "' in " + field, spec);
            if (d == null) {
                ok = false;
                continue;
            }
            values.put(key, d);
            positions.put(key, at(t.getValueNode()));
        }
        return ok || !values.isEmpty() ? new org.strategypress.model.Scores(values, positions, at(v)) : null;
    }

    private <T> List<T> list(Node v, String field, java.util.function.Function<Node, T> item) {
        if (!(v instanceof SequenceNode seq)) {
            problems.add(Rule.BAD_TYPE.at(at(v), field + " should be a list ('- item' lines or [a, b]), found "
                    + describe(v)));
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (Node n : seq.getValue()) {
            if (isNull(n)) continue;
            T t = item.apply(n);
            if (t == null) ok = false;
            else out.add(t);
        }
        return ok || !out.isEmpty() ? out : null;
    }

    private Text text(Node v, String field) {
        if (v instanceof ScalarNode s) return Text.plain(s.getValue(), at(v));
        if (v instanceof MappingNode m) {
            Map<String, String> byLang = new LinkedHashMap<>();
            Map<String, SourcePosition> positions = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String lang = ((ScalarNode) t.getKeyNode()).getValue();
                if (!TextShapes.isLanguageTag(lang)) {
                    problems.add(Rule.BAD_VALUE.at(at(t.getKeyNode()), field
                            + ": '" + lang + "' is not a language tag (text is a string, or a mapping such as {en: ..., az: ...})"));
                    return null;
                }
                if (!(t.getValueNode() instanceof ScalarNode sv)) {
                    problems.add(Rule.BAD_TYPE.at(at(t.getValueNode()), field + " in '" + lang + "' should be text"));
                    return null;
                }
                byLang.put(lang, sv.getValue());
                positions.put(lang, at(sv));
            }
            if (byLang.isEmpty()) return null;
            return new Text(byLang, at(v), positions);
        }
        problems.add(Rule.BAD_TYPE.at(at(v), field + " should be text, found " + describe(v)));
        return null;
    }

    private BigDecimal number(Node v, String field, FieldSpec spec) {
        String s = scalar(v, field, spec);
        if (s == null) return null;
        String plain = s.replace("_", "");
        if (!NUMBER.matcher(plain).matches() || ((ScalarNode) v).getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            problems.add(Rule.BAD_TYPE.at(at(v), field + " should be a number, found '" + s + "'"
                    + (s.contains("%") ? " (write the unit in 'unit', the number alone here)" : "")));
            return null;
        }
        BigDecimal d = plainNumber(plain);
        if (d == null) {
            problems.add(Rule.BAD_VALUE.at(at(v), field + " is " + s + "; a number may have at most "
                    + MAX_NUMBER_DIGITS + " digits before and " + MAX_NUMBER_DIGITS + " after the point"));
            return null;
        }
        if (spec.min() != null && (d.doubleValue() < spec.min() || d.doubleValue() > spec.max())) {
            problems.add(Rule.BAD_VALUE.at(at(v), field + " is " + s + "; it must lie between "
                    + spec.min() + " and " + spec.max()));
            return null;
        }
        return d;
    }

    /**
     * The number, or null when written out in full it would have more than {@link #MAX_NUMBER_DIGITS} digits on
     * either side of the point: {@code 1e99999999} is valid YAML, but shown "as written" it is 100 MB of zeros.
     */
    private static BigDecimal plainNumber(String plain) {
        BigDecimal d;
        try {
            d = new BigDecimal(plain);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what BigDecimal holds
        }
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > MAX_NUMBER_DIGITS || d.scale() > MAX_NUMBER_DIGITS) return null;
        return d;
    }

    private When when(Node v, String field, FieldSpec spec) {
        String s = scalar(v, field, spec);
        if (s == null) return null;
        Matcher m = WHEN.matcher(s);
        int month = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
        if (!m.matches() || (m.group(2) != null && (month < 1 || month > 12))) {
            problems.add(Rule.BAD_TYPE.at(at(v), field + " should be YYYY or \"YYYY-MM\", found '" + s + "'"));
            return null;
        }
        return new When(Integer.parseInt(m.group(1)), month, at(v));
    }

    private String scalar(Node v, String field, FieldSpec spec) {
        if (v instanceof ScalarNode s) return s.getValue();
        problems.add(Rule.BAD_TYPE.at(at(v), field + " should be " + spec.type().description()
                + ", found " + describe(v)));
        return null;
    }

    static boolean isNull(Node v) {
        return v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static boolean hasKey(MappingNode map, String key) {
        return valueOf(map, key) != null;
    }

    private static Node valueOf(MappingNode map, String key) {
        for (NodeTuple t : map.getValue())
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
        return null;
    }

    static String describe(Node n) {
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return "'" + ((ScalarNode) n).getValue() + "'";
    }
}
