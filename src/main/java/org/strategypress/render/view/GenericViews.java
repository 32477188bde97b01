package org.strategypress.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.strategypress.model.Entity;
import org.strategypress.model.Ref;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Text;
import org.strategypress.model.schema.FieldSpec;
import org.strategypress.model.schema.FieldType;
import org.strategypress.model.schema.Kind;
import org.strategypress.model.schema.Kinds;
import org.strategypress.model.schema.RecordFields;
import org.strategypress.render.view.Views.EntityView;
import org.strategypress.render.view.Views.FieldView;
import org.strategypress.render.view.Views.LinkView;
import org.strategypress.values.Backlinks;
import org.strategypress.values.EntityValues;

/**
 * The view of an entity whose kind has no view of its own: its fields as the registry declares them (Markdown
 * rendered, references as links, lists as lists, other values as text) and everything that refers to it. A new
 * kind is shown with no view code; a template macro for it can then present it better.
 */
final class GenericViews {

    private final Function<Text, String> text;
    private final Function<Text, String> markdown;
    private final Function<String, LinkView> link;
    private final LinkPolicy links;
    private final Relations relations;

    GenericViews(Function<Text, String> text, Function<Text, String> markdown, Function<String, LinkView> link,
                 LinkPolicy links, Relations relations) {
        this.text = text;
        this.markdown = markdown;
        this.link = link;
        this.links = links;
        this.relations = relations;
    }

    EntityView of(Entity e) {
        Kind<?> kind = Kinds.kindOf(e);
        List<FieldView> fields = new ArrayList<>();
        for (RecordFields.Component c : RecordFields.of(e.getClass()).components()) {
            if (c.type() == SourcePosition.class || c.type() == org.strategypress.model.FieldPositions.class || c.yamlName().equals("id") || c.yamlName().equals("title")) continue;
            FieldSpec f = kind.field(c.yamlName());
            Object v = c.read(e);
            FieldView view = field(c.yamlName(), f, v);
            if (view != null) fields.add(view);
        }
        List<FieldView> back = new ArrayList<>();
        for (Map.Entry<String, List<String>> r : relations.all(e.id()).entrySet())
            back.add(new FieldView(r.getKey(), label(r.getKey()), "", "", r.getValue().stream().map(link).toList(), List.of()));
        return new EntityView(e.id(), kind.key(), text.apply(e.title()), links.entity(e.id()), fields, back);
    }

    private FieldView field(String name, FieldSpec f, Object v) {
        if (v == null || (v instanceof List<?> l && l.isEmpty())) return null;
        String label = label(name);
        if (v instanceof Ref r) return new FieldView(name, label, "", "", List.of(link.apply(r.id())), List.of());
        if (v instanceof List<?> l && l.get(0) instanceof Ref)
            return new FieldView(name, label, "", "", l.stream().map(x -> link.apply(((Ref) x).id())).toList(), List.of());
        if (v instanceof Text t)
            return f != null && f.type() == FieldType.MARKDOWN ? new FieldView(name, label, "", markdown.apply(t), List.of(), List.of())
                    : new FieldView(name, label, text.apply(t), "", List.of(), List.of());
        if (v instanceof List<?> l) return new FieldView(name, label, "", "", List.of(), l.stream().map(this::plain).toList());
        if (v instanceof Boolean b && !b) return null;
        return new FieldView(name, label, plain(v), "", List.of(), List.of());
    }

    private String plain(Object v) {
        if (v instanceof Text t) return text.apply(t);
        Object plain = EntityValues.value(v);
        if (plain instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            m.forEach((k, x) -> {
                if (x != null) b.append(b.length() == 0 ? "" : ", ").append(label(String.valueOf(k))).append(": ").append(x);
            });
            return b.toString();
        }
        return String.valueOf(plain);
    }

    /** {@code reports_to} as "Reports to"; the reverse relations of {@link Backlinks} likewise. */
    static String label(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
