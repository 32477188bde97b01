package org.strategypress.validate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.strategypress.markdown.MarkdownRef;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Entity;
import org.strategypress.model.Reference;
import org.strategypress.model.Review;
import org.strategypress.model.Rule;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;
import org.strategypress.model.schema.CitingFields;
import org.strategypress.model.schema.Kind;

/**
 * reference-unused and source-unlinked: every reference is cited somewhere (by {@code [[ID]]} in prose or by its
 * id in a source field), and a free-text source that names a reference (its title or URL) is pointed out, so a
 * team can move to citations one at a time. Also the dates of the apparatus: {@code accessed} and a review's {@code date} are
 * {@code YYYY-MM-DD}. An unknown {@code [[REF-X]]} is MarkdownRules' broken-link.
 */
final class ReferenceRules implements ValidationRule {

    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    @Override
    public void check(Strategy s, ValidationContext ctx, List<Diagnostic> out) {
        for (Review r : s.meta().reviews()) date(r.date(), "the review of version " + r.version(), r.at(), out);
        for (Reference r : s.references()) date(r.accessed(), "'accessed' of " + r.id(), r.at(), out);
        if (s.references().isEmpty()) return;
        Map<String, Reference> refs = new LinkedHashMap<>();
        s.references().forEach(r -> refs.putIfAbsent(r.id(), r));
        String lang = s.meta().language();
        List<Named> names = refs.values().stream().map(r -> new Named(r, needle(r.title().in(lang)), needle(r.url()))).toList();
        Set<String> cited = new HashSet<>();
        s.chapters().forEach(c -> wikis(c.body(), ctx, cited));
        for (Map.Entry<Kind<?>, List<Entity>> k : s.entities().entrySet()) {
            for (Entity e : k.getValue()) {
                for (CitingFields.Field f : CitingFields.of(k.getKey(), e)) {
                    if (f.markdown()) {
                        f.text().byLanguage().values().forEach(v -> wikis(v, ctx, cited));
                        continue;
                    }
                    String v = f.text().in(lang).trim();
                    if (refs.containsKey(v)) cited.add(v);
                    else if (!v.isEmpty()) unlinked(f.text(), v, names, lang, out);
                }
            }
        }
        for (Reference r : refs.values())
            if (!cited.contains(r.id()))
                out.add(Rule.REFERENCE_UNUSED.at(r.at(), "reference " + r.id() + " (" + r.title().in(lang)
                        + ") is cited nowhere: cite it with [[" + r.id() + "]] or as a source, or remove it").about(r.id()));
    }

    private static void wikis(String markdown, ValidationContext ctx, Set<String> cited) {
        for (MarkdownRef r : ctx.markdown.scan(markdown)) if (r.type() == MarkdownRef.Type.WIKI) cited.add(r.target());
    }

    /**
     * A free-text source that names a reference (holds its title or its URL) could cite it: a note saying which.
     * Free text that names none (a ministry's own records) is left alone.
     */
    private static void unlinked(Text source, String value, List<Named> names, String lang, List<Diagnostic> out) {
        String lower = value.toLowerCase(Locale.ROOT);
        Reference match = names.stream().filter(n -> n.in(lower)).map(Named::reference).findFirst().orElse(null);
        if (match == null) return;
        out.add(Rule.SOURCE_UNLINKED.at(source.positionOf(source.byLanguage().containsKey(lang) ? lang : Text.ANY),
                "source '" + abbreviate(value) + "' is free text naming reference " + match.id() + " ("
                        + abbreviate(match.title().in(lang)) + "): write " + match.id()
                        + " to cite it, and keep any note on illustrative values in the entity's 'illustrative'"));
    }

    /** A reference with its title and URL as free text would hold them (lower case), or null when shorter than 4. */
    private record Named(Reference reference, String title, String url) {
        boolean in(String lowerText) {
            return title != null && lowerText.contains(title) || url != null && lowerText.contains(url);
        }
    }

    private static String needle(String part) {
        return part == null || part.trim().length() < 4 ? null : part.trim().toLowerCase(Locale.ROOT);
    }

    private static void date(String value, String what, org.strategypress.model.SourcePosition at, List<Diagnostic> out) {
        if (value != null && !DATE.matcher(value).matches())
            out.add(Rule.BAD_VALUE.at(at, what + " is dated '" + value + "': write the date as YYYY-MM-DD, such as 2026-11-20"));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
