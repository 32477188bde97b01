package org.strategypress.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.strategypress.markdown.BlockCatalog;
import org.strategypress.model.KeyFigures;

/** The shipped bundles (templates/i18n/) are complete in every language and cover every key the templates use. */
class MessageBundlesTest {

    private static final Path FOLDER = Path.of("templates", "i18n");
    private static final List<String> SHIPPED = List.of("en", "az");
    /** The keys templates build from data: status.<strategy.yaml status>. */
    private static final List<String> BUILT_KEYS = List.of("status.draft", "status.consultation", "status.final",
            "kpi.status.on-track", "kpi.status.behind", "kpi.status.off-track", "kpi.status.not-measured",
            "sheet.level.output", "sheet.level.outcome", "sheet.level.impact",
            "sheet.direction.increase", "sheet.direction.decrease", "sheet.direction.maintain",
            "chart.kpiBaseline", "chart.kpiTarget", "chart.kpiActual", "chart.kpiActualIllustrative", "chart.kpiAsOf",
            "chart.roadmapSpan", "chart.roadmapMilestone", "roadmap.actionPlanByYear", "roadmap.actionPlanByQuarter",
            "block.national-targets.framework");
    /** The words of the data the templates name by key: level.high, horizon.term.short, milestone.status.late... */
    private static final List<String> DATA_KEYS = data();

    private static List<String> data() {
        List<String> keys = new ArrayList<>();
        for (String level : List.of("high", "medium", "low")) keys.add("level." + level);
        for (String h : List.of("short", "medium", "long")) keys.addAll(List.of("horizon." + h, "horizon.term." + h, "horizon.word." + h));
        for (String st : List.of("done", "on-track", "at-risk", "late", "planned", "dropped")) keys.add("milestone.status." + st);
        for (String f : List.of("committed", "expected", "sought", "gap")) keys.add("funding." + f);
        for (String st : List.of("on-track", "behind", "off-track", "not-measured", "none")) keys.add("kpis.status." + st);
        for (String d : List.of("comments", "cleared", "approved")) keys.add("decision." + d);
        for (int q = 1; q <= 4; q++) keys.add("roadmap.quarter" + q + ".months");
        for (String r : List.of("report", "law", "dataset", "web", "article")) keys.add("reference.kind." + r);
        BlockCatalog.names().forEach(b -> keys.add("block." + b));
        KeyFigures.NAMES.forEach(f -> keys.add("figure." + f));
        return keys;
    }

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(FOLDER.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)));
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyEnglishKeyIsInAzerbaijaniAndViceVersa() throws IOException {
        Set<String> en = keys("en");
        Set<String> az = keys("az");
        Set<String> missingInAz = new TreeSet<>(en);
        missingInAz.removeAll(az);
        Set<String> missingInEn = new TreeSet<>(az);
        missingInEn.removeAll(en);
        assertEquals(Set.of(), missingInAz, "keys of messages_en.properties missing from messages_az.properties");
        assertEquals(Set.of(), missingInEn, "keys of messages_az.properties missing from messages_en.properties");
        assertTrue(en.size() > 50, "expected the templates' words, found " + en.size() + " keys");
    }

    @Test
    void everyMessageTakesTheSameArgumentsInEveryLanguage() {
        Messages en = Messages.load(Path.of("templates"), Language.of("en"), null);
        for (String language : SHIPPED) {
            Messages m = Messages.load(Path.of("templates"), Language.of(language), null); // compiles every pattern
            for (String key : en.keys())
                assertEquals(en.arguments(key), m.arguments(key), "arguments of '" + key + "' in " + language);
        }
    }

    @Test
    void noMessageIsEmptyOrLeftInEnglish() {
        Messages en = Messages.load(Path.of("templates"), Language.of("en"), null);
        Messages az = Messages.load(Path.of("templates"), Language.of("az"), null);
        Set<String> same = Set.of("label.status", "th.kpi", "th.risk", "th.criterionWeight", "drafts.pdf", "drafts.word",
                "kind.kpis", "kind.risks"); // the same in Azerbaijani
        List<String> untranslated = new ArrayList<>();
        for (String key : en.keys()) {
            assertTrue(!az.pattern(key).isBlank(), key + " is empty in az");
            if (az.pattern(key).equals(en.pattern(key)) && !same.contains(key)) untranslated.add(key);
        }
        assertEquals(List.of(), untranslated, "az messages identical to the English ones");
    }

    @Test
    void theAzerbaijaniBundleAsksForANativeReview() throws IOException {
        String head = Files.readString(FOLDER.resolve("messages_az.properties"), StandardCharsets.UTF_8).substring(0, 1200);
        assertTrue(head.contains("NATIVE SPEAKER MUST REVIEW"), head);
        assertTrue(head.contains("MACHINE-MADE"), head);
        assertEquals("Mündəricat", Messages.load(Path.of("templates"), Language.of("az"), null).format("print.contents"));
        assertEquals("Səhifə 3 / 65", Messages.load(Path.of("templates"), Language.of("az"), null).format("print.page", "3", "65"));
    }

    @Test
    void everyKeyTheTemplatesUseIsInTheBundles() throws IOException {
        Pattern call = Pattern.compile("msg(?:Css)?\\(\"([^\"]+)\"\\s*[,)]"); // a key built from data ends in +
        Set<String> used = new TreeSet<>(BUILT_KEYS);
        used.addAll(DATA_KEYS); // every block, key figure, level, horizon... has its words
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                Matcher m = call.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 40, "found only " + used);
        for (String language : SHIPPED) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys(language));
            assertEquals(Set.of(), missing, "keys the templates use that messages_" + language + ".properties lacks");
        }
    }
}
