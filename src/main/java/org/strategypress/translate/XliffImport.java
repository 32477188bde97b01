package org.strategypress.translate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.strategypress.model.Chapter;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Module;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.model.Strategy;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads back an XLIFF 2.0 file made by {@link XliffExport} and writes each unit's target where it belongs: a text's
 * {@code <lang>:} value into its YAML file (nothing else of the file changes), a chapter's into {@code name.<lang>.md}
 * with {@code source:} set to the fingerprint it was translated from. A unit whose source changed since the export
 * (its fingerprint no longer matches) is refused, as is one whose name matches no text. The parser reads no DTD and
 * no external entity.
 */
public final class XliffImport {

    /** What an import wrote, and the units it refused. */
    public record Result(List<Path> changed, int applied, List<Diagnostic> problems) {
        public Result {
            changed = List.copyOf(changed);
            problems = List.copyOf(problems);
        }
    }

    private record Unit(String name, String fingerprint, String target, int line, int column) {
    }

    private XliffImport() {
    }

    public static Result apply(Strategy s, Path contentRoot, Path xliff) {
        List<Diagnostic> problems = new ArrayList<>();
        String[] lang = new String[1];
        List<Unit> units = read(xliff, lang, problems);
        if (!problems.isEmpty()) return new Result(List.of(), 0, problems);
        if (lang[0] == null || !s.meta().translations().contains(lang[0])) {
            problems.add(Rule.XLIFF.at(SourcePosition.of(xliff), "trgLang '" + lang[0] + "' is not one of the languages "
                    + s.meta().translations() + " that strategy.yaml translates into"));
            return new Result(List.of(), 0, problems);
        }
        Map<String, TextField> texts = new LinkedHashMap<>();
        for (TextField t : TranslatableTexts.of(s)) texts.put(t.key(), t);
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        for (Module m : s.modules()) for (Chapter c : m.chapters()) chapters.put(XliffExport.CHAPTER + XliffExport.shown(contentRoot, c.at().file()), c);
        Map<Path, List<TextField>> byFile = new LinkedHashMap<>();
        Map<TextField, String> values = new LinkedHashMap<>();
        List<Path> changed = new ArrayList<>();
        int applied = 0;
        String source = s.meta().language();
        for (Unit u : units) {
            SourcePosition at = new SourcePosition(xliff, u.line(), u.column());
            if (u.target() == null || u.target().isBlank()) continue;
            Chapter c = chapters.get(u.name());
            TextField t = texts.get(u.name());
            String now = c != null ? c.fingerprint() : t != null ? Fingerprints.of(t.text().in(source)) : null;
            if (now == null) problems.add(Rule.XLIFF.at(at, "unit '" + u.name() + "' names no text of this strategy (was it renamed or removed?)"));
            else if (!now.equals(u.fingerprint())) problems.add(Rule.XLIFF.at(at, "the source of '" + u.name()
                    + "' changed since it was exported (fingerprint " + u.fingerprint() + ", now " + now + "): export again and translate the new text"));
            else if (c != null) {
                changed.add(writeChapter(c, lang[0], u.target(), now, problems, at));
                applied++;
            } else {
                byFile.computeIfAbsent(t.text().at().file(), k -> new ArrayList<>()).add(t);
                values.put(t, u.target());
            }
        }
        for (Map.Entry<Path, List<TextField>> e : byFile.entrySet()) {
            int n = writeYaml(e.getKey(), e.getValue(), values, source, lang[0], problems, xliff);
            if (n > 0) changed.add(e.getKey());
            applied += n;
        }
        changed.removeIf(java.util.Objects::isNull);
        return new Result(changed, applied, problems);
    }

    /** Edits one YAML file from its last text up, so that the positions of the texts above stay where they were. */
    private static int writeYaml(Path file, List<TextField> fields, Map<TextField, String> values, String source, String lang,
                                 List<Diagnostic> problems, Path xliff) {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            List<TextField> bottomUp = new ArrayList<>(fields);
            bottomUp.sort(Comparator.comparingInt((TextField f) -> f.text().at().line())
                    .thenComparingInt(f -> f.text().at().column()).reversed());
            int n = 0;
            for (TextField f : bottomUp) {
                String edited = new YamlTextEdit(yaml).set(f.text().at(), source, lang, values.get(f));
                if (edited == null) {
                    problems.add(Rule.XLIFF.at(f.text().at(), "cannot find the text of '" + f.key() + "' here to set its " + lang + " value"));
                    continue;
                }
                yaml = edited;
                n++;
            }
            if (n > 0) Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return n;
        } catch (IOException e) {
            problems.add(Rule.XLIFF.at(SourcePosition.of(file), "cannot write the translations: " + e.getMessage()));
            return 0;
        }
    }

    private static Path writeChapter(Chapter c, String lang, String body, String fingerprint, List<Diagnostic> problems,
                                     SourcePosition at) {
        String name = c.at().file().getFileName().toString();
        Path target = c.at().file().resolveSibling(name.substring(0, name.length() - ".md".length()) + "." + lang + ".md");
        String text = "---\nsource: " + fingerprint + "\n---\n" + body.strip() + "\n";
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            problems.add(Rule.XLIFF.at(at, "cannot write " + target + ": " + e.getMessage()));
            return null;
        }
    }

    private static List<Unit> read(Path xliff, String[] lang, List<Diagnostic> problems) {
        List<Unit> units = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xliff)) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.newSAXParser().parse(in, new Handler(units, lang));
        } catch (SAXParseException e) {
            problems.add(Rule.XLIFF.at(new SourcePosition(xliff, Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
                    "not a readable XLIFF file: " + e.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            problems.add(Rule.XLIFF.at(SourcePosition.of(xliff), "not a readable XLIFF file: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(Rule.XLIFF.at(SourcePosition.of(xliff), "cannot read: " + e.getMessage()));
        }
        return units;
    }

    /** Collects units: name, fingerprint note, target text, where the unit starts. */
    private static final class Handler extends DefaultHandler {
        private final List<Unit> units;
        private final String[] lang;
        private Locator locator;
        private String name;
        private String fingerprint;
        private int line;
        private int column;
        private StringBuilder text;
        private String target;
        private boolean inFingerprint;
        private boolean maybeFingerprint;

        /**
         * XLIFF 2's namespace, or none: some tools (ilib-xliff) write the elements back without it. Elements of any
         * other namespace (extensions) are skipped.
         */
        private static boolean xliff(String uri) {
            return XliffExport.NS.equals(uri) || uri == null || uri.isEmpty();
        }

        Handler(List<Unit> units, String[] lang) {
            this.units = units;
            this.lang = lang;
        }

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if (!xliff(uri)) return;
            switch (local) {
                case "xliff" -> {
                    if (!"2.0".equals(a.getValue("version")) && !String.valueOf(a.getValue("version")).startsWith("2."))
                        throw new SAXParseException("version " + a.getValue("version") + " is not XLIFF 2", locator);
                    lang[0] = a.getValue("trgLang");
                }
                case "unit" -> {
                    name = a.getValue("name");
                    fingerprint = null;
                    target = null;
                    line = locator.getLineNumber();
                    column = locator.getColumnNumber();
                }
                case "note" -> {
                    // a note without category that holds a fingerprint counts too: some tools (ilib-xliff) drop
                    // the category when they write the file back
                    inFingerprint = "fingerprint".equals(a.getValue("category"));
                    maybeFingerprint = a.getValue("category") == null;
                    text = new StringBuilder();
                }
                case "target" -> text = new StringBuilder();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!xliff(uri)) return;
            switch (local) {
                case "note" -> {
                    String note = text.toString().trim();
                    if (inFingerprint || maybeFingerprint && fingerprint == null && Fingerprints.looksLikeOne(note))
                        fingerprint = note;
                    inFingerprint = false;
                    maybeFingerprint = false;
                    text = null;
                }
                case "target" -> {
                    target = (target == null ? "" : target) + text;
                    text = null;
                }
                case "unit" -> units.add(new Unit(name == null ? "" : name, fingerprint, target, line, column));
                default -> {
                }
            }
        }
    }
}
