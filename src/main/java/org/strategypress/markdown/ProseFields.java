package org.strategypress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.strategypress.model.Entity;
import org.strategypress.model.Strategy;
import org.strategypress.model.Text;
import org.strategypress.model.schema.CitingFields;
import org.strategypress.model.schema.Kind;

/** Every Markdown field of every entity, as the registry declares them (nested mappings and lists of them too). */
public final class ProseFields {

    private ProseFields() {
    }

    public static List<Text> of(Strategy s) {
        List<Text> out = new ArrayList<>();
        for (Map.Entry<Kind<?>, List<Entity>> k : s.entities().entrySet())
            for (Entity e : k.getValue())
                for (CitingFields.Field f : CitingFields.of(k.getKey(), e)) if (f.markdown()) out.add(f.text());
        return out;
    }
}
