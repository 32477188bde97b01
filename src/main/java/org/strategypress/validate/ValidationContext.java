package org.strategypress.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.strategypress.markdown.AssetResolver;
import org.strategypress.markdown.ImagePlacements;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.markdown.SourceTexts;
import org.strategypress.model.DeclaredId;
import org.strategypress.model.Strategy;

/** What rules share: the ids declared (first place of each), the Markdown dialect and the content root. */
final class ValidationContext {

    private final Map<String, DeclaredId> ids = new HashMap<>();
    private final Map<String, List<String>> idsByKind;
    final MarkdownDialect markdown;
    final AssetResolver assets;
    final SourceTexts sources = new SourceTexts();
    /** The key figures this strategy has, for inline {@code {{figure NAME}}}. */
    final org.strategypress.model.KeyFigures figures;
    /** Every Markdown text of the strategy, as {@link ImagePlacements#texts} lists them. */
    final List<ImagePlacements.MarkdownText> texts;

    ValidationContext(Strategy s, MarkdownDialect markdown, AssetResolver assets) {
        for (DeclaredId d : s.declaredIds()) ids.putIfAbsent(d.id(), d);
        idsByKind = s.declaredIds().stream().collect(Collectors.groupingBy(DeclaredId::kind,
                Collectors.mapping(DeclaredId::id, Collectors.toList())));
        this.markdown = markdown;
        this.assets = assets;
        this.figures = org.strategypress.model.KeyFigures.of(s);
        this.texts = ImagePlacements.texts(s, assets.root(), sources);
    }

    DeclaredId declared(String id) {
        return ids.get(id);
    }

    List<String> idsOf(String kind) {
        return idsByKind.getOrDefault(kind, List.of());
    }

    java.util.Set<String> allIds() {
        return ids.keySet();
    }
}
