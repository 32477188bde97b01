package org.strategypress.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategypress.model.SourcePosition;
import org.strategypress.report.Json;
import org.strategypress.translate.TranslationStatus.ChapterState;
import org.strategypress.translate.TranslationStatus.Counts;
import org.strategypress.translate.TranslationStatus.Edition;
import org.strategypress.translate.TranslationStatus.State;
import org.strategypress.translate.TranslationStatus.TextState;

/** {@code press translations} as text for a terminal, JSON, or CSV (one row per text or chapter and language). */
public final class StatusReport {

    private StatusReport() {
    }

    /** Counts per kind, the chapters with their fingerprints, the totals, then every text still to translate. */
    public static String text(TranslationStatus s) {
        StringBuilder b = new StringBuilder();
        if (s.editions().isEmpty()) return "one language (" + s.source() + "): nothing to translate; list the languages "
                + "in strategy.yaml, e.g. languages: [" + s.source() + ", az]\n";
        for (Edition e : s.editions()) {
            b.append("Translation into ").append(e.language()).append(" (from ").append(s.source()).append(")\n");
            b.append(String.format("  %-22s %10s %8s %9s%n", "texts", "translated", "missing", "outdated"));
            e.byKind().forEach((k, c) -> b.append(row(k, c)));
            b.append(row("chapters", e.chapterCounts()));
            b.append(row("overall", e.overall()));
            b.append("  chapters (fingerprint: what the translation's source: says when it is up to date):\n");
            for (ChapterState c : e.chapters()) {
                b.append("    ").append(where(c.source())).append("  ").append(c.fingerprint()).append("  ").append(c.state().word());
                if (c.translation() != null) b.append("  ").append(c.translation().file().getFileName());
                if (c.translatedBy() != null) b.append(" (").append(c.translatedBy()).append(")");
                if (c.state() == State.OUTDATED)
                    b.append(c.recorded() == null ? "  no source:" : "  source: " + c.recorded() + " was translated from an older text");
                b.append('\n');
            }
            List<TextState> missing = e.texts().stream().filter(t -> t.state() == State.MISSING).toList();
            if (!missing.isEmpty()) {
                b.append("  texts to translate:\n");
                for (TextState t : missing) b.append("    ").append(where(t.at())).append("  ").append(t.text().key()).append('\n');
            }
        }
        return b.toString();
    }

    /** The same as data: per language its counts, chapters and texts. */
    public static String json(TranslationStatus s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", s.source());
        List<Object> editions = new ArrayList<>();
        for (Edition e : s.editions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("language", e.language());
            o.put("overall", counts(e.overall()));
            o.put("chapterCounts", counts(e.chapterCounts()));
            Map<String, Object> kinds = new LinkedHashMap<>();
            e.byKind().forEach((k, c) -> kinds.put(k, counts(c)));
            o.put("kinds", kinds);
            List<Object> chapters = new ArrayList<>();
            for (ChapterState c : e.chapters()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("file", c.source().file().toString());
                x.put("fingerprint", c.fingerprint());
                x.put("state", c.state().word());
                x.put("translation", c.translation() == null ? null : c.translation().file().toString());
                x.put("recorded", c.recorded());
                x.put("translatedBy", c.translatedBy());
                chapters.add(x);
            }
            o.put("chapters", chapters);
            List<Object> texts = new ArrayList<>();
            for (TextState t : e.texts()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", t.text().kind());
                x.put("id", t.text().id());
                x.put("field", t.text().field());
                x.put("state", t.state().word());
                x.put("file", t.at().file().toString());
                x.put("line", t.at().line());
                x.put("column", t.at().column());
                texts.add(x);
            }
            o.put("texts", texts);
            editions.add(o);
        }
        root.put("languages", editions);
        return Json.text(root);
    }

    /** One row per text and per chapter in each language: language,kind,id,field,state,file,line,column,fingerprint. */
    public static String csv(TranslationStatus s) {
        StringBuilder b = new StringBuilder("language,kind,id,field,state,file,line,column,fingerprint\n");
        for (Edition e : s.editions()) {
            for (TextState t : e.texts())
                b.append(csvRow(e.language(), t.text().kind(), t.text().id(), t.text().field(), t.state().word(), t.at(), ""));
            for (ChapterState c : e.chapters())
                b.append(csvRow(e.language(), "chapter", "", "", c.state().word(), c.source(), c.fingerprint()));
        }
        return b.toString();
    }

    private static String csvRow(String lang, String kind, String id, String field, String state, SourcePosition at, String fp) {
        return String.join(",", cell(lang), cell(kind), cell(id), cell(field), cell(state), cell(at.file().toString()),
                Integer.toString(at.line()), Integer.toString(at.column()), cell(fp)) + "\n";
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    private static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return s.matches("(?s).*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("translated", c.translated());
        o.put("missing", c.missing());
        o.put("outdated", c.outdated());
        return o;
    }

    private static String row(String name, Counts c) {
        return String.format("  %-22s %10d %8d %9d%n", name, c.translated(), c.missing(), c.outdated());
    }

    private static String where(SourcePosition at) {
        return at.file() + ":" + at.line();
    }
}
