package org.strategypress.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;
import org.strategypress.testing.StrategyFixture.CliRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The untranslated texts go out as XLIFF 2.0 and come back into the YAML, nothing else of the files changing. */
class XliffRoundTripTest {

    private static final String PILLARS = """
            # the pillars, as the writers keep them
            pillars:
              - id: SKILLS
                title: Digital skills   # short
                summary: >
                  People able to work
                  in a digital economy.
            assessments:
              - pillar: SKILLS
                maturity: 2.5
                summary:
                  en: Basic digital skills are common; advanced skills are scarce.
            visions:
              - pillar: SKILLS
                statement: {en: "Every graduate is digitally literate."}
                outcomes: [More ICT graduates]
            gaps:
              - id: GAP-SKILLS
                pillar: SKILLS
                title: Too few ICT graduates
                as_is: 1,800 ICT graduates a year.
                to_be: 5,000 ICT graduates a year.
                severity: high
            """;

    @TempDir
    Path dir;
    StrategyFixture strategy;
    Path xliff;

    @BeforeEach
    void bilingual() {
        strategy = StrategyFixture.in(dir).write("content/pillars.yaml", PILLARS)
                .write("content/strategy.yaml", StrategyFixture.STRATEGY + "languages: [en, az]\n");
        xliff = dir.resolve("az.xlf");
    }

    @Test
    void anExportIsXliff2WithOneUnitPerUntranslatedTextAndChapter() throws Exception {
        assertEquals(0, export().exitCode());
        Document d = xml();
        Element root = d.getDocumentElement();
        assertEquals("urn:oasis:names:tc:xliff:document:2.0", root.getNamespaceURI());
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("en", root.getAttribute("srcLang"));
        assertEquals("az", root.getAttribute("trgLang"));
        List<String> names = unitNames(d);
        assertTrue(names.contains("pillars/SKILLS/title"), names.toString());
        assertTrue(names.contains("chapter/modules/1-intro/01-introduction.md"), names.toString());
        assertEquals(names.size(), d.getElementsByTagNameNS(XliffExport.NS, "source").getLength());
    }

    @Test
    void anImportChangesOnlyTheTargetedValues() throws Exception {
        export();
        String before = Files.readString(strategy.file("content/pillars.yaml"));
        String x = Files.readString(xliff);
        x = translate(x, "pillars/SKILLS/title", "Rəqəmsal bacarıqlar");
        x = translate(x, "pillars/SKILLS/summary", "Rəqəmsal iqtisadiyyatda işləyə bilən insanlar.");
        x = translate(x, "assessments/SKILLS/summary", "Əsas rəqəmsal bacarıqlar geniş yayılıb.");
        x = translate(x, "visions/SKILLS/statement", "Hər məzun rəqəmsal savadlıdır: &quot;ilk&quot; addım.");
        Files.writeString(xliff, x);
        CliRun r = strategy.press("translations", "--content", strategy.content().toString(), "--import", xliff.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(
                "-    title: Digital skills   # short",
                "-    summary: >",
                "-      People able to work",
                "-      in a digital economy.",
                "+    title: {en: Digital skills, az: \"Rəqəmsal bacarıqlar\"}   # short",
                "+    summary: {en: \"People able to work in a digital economy.\\n\", az: \"Rəqəmsal iqtisadiyyatda işləyə bilən insanlar.\"}",
                "+      az: \"Əsas rəqəmsal bacarıqlar geniş yayılıb.\"",
                "-    statement: {en: \"Every graduate is digitally literate.\"}",
                "+    statement: {en: \"Every graduate is digitally literate.\", az: \"Hər məzun rəqəmsal savadlıdır: \\\"ilk\\\" addım.\"}"),
                diff(before, Files.readString(strategy.file("content/pillars.yaml"))));
        var s = new org.strategypress.pipeline.Pipeline().load(strategy.content()).strategy();
        assertEquals("Rəqəmsal bacarıqlar", s.pillars().get(0).title().in("az"));
        assertEquals("Digital skills", s.pillars().get(0).title().in("en"));
        assertEquals("Hər məzun rəqəmsal savadlıdır: \"ilk\" addım.", s.visions().get(0).statement().in("az"));
    }

    /**
     * ilib-xliff (npm), read and written back with one target set, gives the file this test writes: no XLIFF
     * namespace, units inside groups, the fingerprint note without its category. Its translation still comes in.
     */
    @Test
    void aFileWrittenBackByIlibXliffIsRead() throws Exception {
        export();
        String fp = unitNote(Files.readString(xliff), "pillars/SKILLS/title");
        Files.writeString(xliff, """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff version="2.0" srcLang="en" trgLang="az" xmlns:l="http://ilib-js.com/loctool">
                  <file original="pillars.yaml" l:project="pillars.yaml">
                    <group id="group_1" name="plaintext">
                      <unit id="u1" name="pillars/SKILLS/title" type="res:string">
                        <notes>
                          <note appliesTo="source">%s</note>
                        </notes>
                        <segment>
                          <source>Digital skills</source>
                          <target>Rəqəmsal bacarıqlar</target>
                        </segment>
                      </unit>
                    </group>
                  </file>
                </xliff>
                """.formatted(fp));
        CliRun r = strategy.press("translations", "--content", strategy.content().toString(), "--import", xliff.toString());
        assertEquals(0, r.exitCode(), r.err());
        var s = new org.strategypress.pipeline.Pipeline().load(strategy.content()).strategy();
        assertEquals("Rəqəmsal bacarıqlar", s.pillars().get(0).title().in("az"));
    }

    /** The fingerprint note of the unit named {@code name} in an exported file. */
    private static String unitNote(String x, String name) {
        int at = x.indexOf("name=\"" + name + "\"");
        int start = x.indexOf("<note category=\"fingerprint\">", at) + "<note category=\"fingerprint\">".length();
        return x.substring(start, x.indexOf("</note>", start));
    }

    @Test
    void aChapterComesBackAsItsTranslationWithTheSourceFingerprint() throws Exception {
        export();
        String body = "# Giriş\n\nBu strategiya rəqəmsal bacarıqları inkişaf etdirir ([[SKILLS]]).";
        Files.writeString(xliff, translate(Files.readString(xliff), "chapter/modules/1-intro/01-introduction.md", body));
        CliRun r = strategy.press("translations", "--content", strategy.content().toString(), "--import", xliff.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(strategy.diagnostics().stream().noneMatch(d -> d.code().startsWith("translation-")
                && d.at().file().toString().endsWith(".md")), () -> strategy.diagnostics().toString());
    }

    @Test
    void aTextChangedSinceTheExportIsRefused() throws Exception {
        export();
        Files.writeString(xliff, translate(Files.readString(xliff), "pillars/SKILLS/title", "Rəqəmsal bacarıqlar"));
        strategy.write("content/pillars.yaml", PILLARS.replace("Digital skills", "Digital skills and talent"));
        CliRun r = strategy.press("translations", "--content", strategy.content().toString(), "--import", xliff.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("error[xliff]") && r.err().contains("changed since it was exported"), r.err());
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        Files.writeString(xliff, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        CliRun r = strategy.press("translations", "--content", strategy.content().toString(), "--import", xliff.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("az.xlf:2:") && r.err().contains("DOCTYPE"), r.err());
    }

    private CliRun export() {
        return strategy.press("translations", "--content", strategy.content().toString(), "--export", "xliff", xliff.toString());
    }

    /** The XLIFF with {@code target} (XML text) added to the unit called {@code name}, as a translator's tool does. */
    private static String translate(String xliff, String name, String target) {
        int unit = xliff.indexOf("name=\"" + name + "\"");
        assertTrue(unit > 0, "no unit " + name);
        int end = xliff.indexOf("</source>", unit) + "</source>".length();
        return xliff.substring(0, end) + "\n    <target>" + target + "</target>" + xliff.substring(end);
    }

    private Document xml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(xliff, StandardCharsets.UTF_8))));
    }

    private static List<String> unitNames(Document d) {
        NodeList units = d.getElementsByTagNameNS(XliffExport.NS, "unit");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) out.add(((Element) units.item(i)).getAttribute("name"));
        return out;
    }

    /** The changed lines, as a unified diff's - and + lines, in file order (a small LCS). */
    private static List<String> diff(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int[][] l = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--)
            for (int j = y.length - 1; j >= 0; j--)
                l[i][j] = x[i].equals(y[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i].equals(y[j])) {
                i++;
                j++;
            } else if (i < x.length && (j == y.length || l[i + 1][j] >= l[i][j + 1])) out.add("-" + x[i++]);
            else out.add("+" + y[j++]);
        }
        return out;
    }
}
