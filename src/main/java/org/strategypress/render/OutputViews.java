package org.strategypress.render;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.strategypress.markdown.MarkdownDialect;
import org.strategypress.model.StrategyMeta;
import org.strategypress.model.Text;
import org.strategypress.render.charts.Charts;
import org.strategypress.render.view.ApparatusViewBuilder;
import org.strategypress.render.view.DocumentView;
import org.strategypress.render.view.LinkPolicy;
import org.strategypress.render.html.UntranslatedMarks;
import org.strategypress.render.view.ModuleViewBuilder;
import org.strategypress.render.view.TranslationNotes;
import org.strategypress.render.view.ViewBuilder;
import org.strategypress.render.view.ViewWords;
import org.strategypress.render.view.Views.MetaView;
import org.strategypress.render.view.Views.ModuleView;

/** Builds the view data of one output (site or print) with its link policy, charts included. */
final class OutputViews {

    private OutputViews() {
    }

    /** The view data of one output; {@code words} are the output language's words the view writes. */
    static DocumentView build(RenderInputs in, MarkdownDialect markdown, LinkPolicy links, AssetCollector assets,
                              ViewWords words) {
        ViewBuilder vb = new ViewBuilder(in.strategy(), in.language(), links, markdown, src -> assets.map(in.contentRoot(), src),
                words);
        ModuleViewBuilder chapters = new ModuleViewBuilder(markdown, links, in.language());
        List<ModuleView> modules = chapters.modules(in.strategy().modules(), vb, assets::map, in.contentRoot());
        DocumentView bare = vb.document(meta(in), modules, Map.of())
                .withApparatus(new ApparatusViewBuilder(in.strategy(), vb, links, chapters).build(assets::map, in.contentRoot()));
        return bare.withCharts(Charts.all(bare));
    }

    /** Turns the texts shown in the source language into marked elements, on a page in another language. */
    static void markUntranslated(Document page, MetaView meta) {
        if (!meta.language().equals(meta.sourceLanguage()))
            UntranslatedMarks.apply(page, meta.sourceLanguage(), meta.untranslatedNote());
    }

    static MetaView meta(RenderInputs in) {
        StrategyMeta m = in.strategy().meta();
        String lang = in.language();
        return new MetaView(m.title().in(lang), m.subtitle() == null ? "" : m.subtitle().in(lang), m.country().in(lang),
                lang, m.status(), !m.isFinal(), in.version(), in.commit(),
                DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(in.date()),
                m.preparedBy().stream().map(t -> t.in(lang)).toList(), m.horizonFrom(), m.horizonTo(),
                ViewBuilder.years(m), m.pageSize(), m.title().byLanguage().entrySet().stream()
                        .filter(e -> !e.getKey().equals(lang) && !e.getKey().equals(Text.ANY)).map(Map.Entry::getValue).toList(),
                text(m.framework(), lang), text(m.frameworkShort(), lang),
                m.language(), in.perLanguage() ? in.editions() : List.of(), TranslationNotes.in(lang).untranslated(),
                TranslationNotes.in(lang).machine());
    }

    private static String text(Text t, String lang) {
        return t == null ? "" : t.in(lang);
    }
}
