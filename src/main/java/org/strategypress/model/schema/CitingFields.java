package org.strategypress.model.schema;

import java.util.ArrayList;
import java.util.List;

import org.strategypress.model.Entity;
import org.strategypress.model.Text;

/**
 * The fields of an entity that can cite a reference, in declared order (nested mappings and lists of them too):
 * its Markdown fields, where {@code [[REF-ID]]} cites, and its {@code source} and {@code sources} fields, whose value
 * cites when it is a reference's id. The validator and the citation numbering both read entities through this.
 */
public final class CitingFields {

    /** Names of the fields whose value is a source: a reference's id, or free text. */
    public static final List<String> SOURCE_NAMES = List.of("source", "sources");

    /** One citing value: Markdown prose, or a source. */
    public record Field(Text text, boolean markdown) {
    }

    private CitingFields() {
    }

    /** The citing values of one entity of {@code kind}, in the order its fields are declared. */
    public static List<Field> of(Kind<?> kind, Entity e) {
        List<Field> out = new ArrayList<>();
        collect((Record) e, kind.fields(), out);
        return out;
    }

    private static void collect(Record r, List<FieldSpec> fields, List<Field> out) {
        for (RecordFields.Component c : RecordFields.of(r.getClass()).components()) {
            FieldSpec f = field(fields, c);
            if (f == null) continue;
            Object v = c.read(r);
            boolean source = SOURCE_NAMES.contains(f.name());
            if (f.type() == FieldType.MARKDOWN && v instanceof Text t) {
                out.add(new Field(t, true));
            } else if (source && v instanceof Text t) {
                out.add(new Field(t, false));
            } else if (source && v instanceof List<?> l) {
                for (Object item : l) if (item instanceof Text t) out.add(new Field(t, false));
            } else if (v instanceof Record sub && f.type() == FieldType.OBJECT) {
                collect(sub, f.children(), out);
            } else if (v instanceof List<?> l && f.type() == FieldType.OBJECT_LIST) {
                for (Object item : l) if (item instanceof Record sub) collect(sub, f.children(), out);
            }
        }
    }

    private static FieldSpec field(List<FieldSpec> fields, RecordFields.Component c) {
        for (FieldSpec f : fields) {
            if (c.in().isEmpty() && f.name().equals(c.yamlName())) return f;
            if (!c.in().isEmpty() && f.name().equals(c.in())) return f.child(c.yamlName());
        }
        return null;
    }
}
