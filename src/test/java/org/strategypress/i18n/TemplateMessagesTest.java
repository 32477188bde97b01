package org.strategypress.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.render.RenderException;
import org.strategypress.render.html.TemplateEngine;

/** {@code msg(...)} and {@code msgCss(...)} in templates, through the project's TemplateEngine. */
class TemplateMessagesTest {

    @TempDir
    Path templates;

    private String render(String template, String language) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), template, StandardCharsets.UTF_8);
        return new TemplateEngine(templates).render("t.ftlh", Map.of("x", "istanbul"), language);
    }

    @Test
    void msgGivesTheWordsOfTheLanguage() throws Exception {
        assertEquals("Contents|Mündəricat", render("${msg(\"print.contents\")}", "en") + "|"
                + render("${msg(\"print.contents\")}", "az"));
        assertEquals("Səhifə 3 / 65", render("${msg(\"print.page\", \"3\", \"65\")}", "az"));
        assertEquals("Changes since 1.0 &lt;draft&gt;", render("${msg(\"changes.since\", \"1.0 <draft>\")}", "en"),
                "arguments and words are escaped as HTML like any text");
    }

    @Test
    void hasMsgLetsAWordFallBackToTheDataForAKindTheProjectAdded() throws Exception {
        String t = "<#list [\"risks\", \"grants\"] as k>${hasMsg(\"kind.\" + k)?then(msg(\"kind.\" + k), k)}<#sep>, </#list>";
        assertEquals("Risk, grants", render(t, "az"));
        assertEquals("Maraqlı tərəf", render("${hasMsg(\"kind.stakeholders\")?then(msg(\"kind.stakeholders\"), \"-\")}", "az"));
        RenderException e = assertThrows(RenderException.class, () -> render("${hasMsg()?c}", "en"));
        assertTrue(e.diagnostic().message().contains("hasMsg() needs one message key"), e.diagnostic().message());
    }

    @Test
    void theDocumentsLanguageIsUsedWithoutOneGiven() throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "${msg(\"print.contents\")}");
        assertEquals("Contents", new TemplateEngine(templates).render("t.ftlh", Map.of()));
    }

    @Test
    void aMissingKeyStopsTheRenderAtItsTemplateLine() throws Exception {
        RenderException e = assertThrows(RenderException.class,
                () -> render("<p>\n${msg(\"print.contents\")}\n${msg(\"print.nowhere\")}</p>", "az"));
        Diagnostic d = e.diagnostic();
        assertEquals("message-missing", d.code());
        assertEquals(3, d.at().line(), d.toString());
        assertTrue(d.at().file().toString().endsWith("t.ftlh"), d.toString());
        assertTrue(d.message().contains("'print.nowhere'") && d.message().contains("'az'"), d.message());
    }

    @Test
    void aLanguageWithoutBundleFailsOnlyWhenWordsAreAskedFor() throws Exception {
        assertEquals("no words", render("no words", "fr"));
        RenderException e = assertThrows(RenderException.class, () -> render("${msg(\"print.contents\")}", "fr"));
        assertEquals("message-bundle", e.diagnostic().code());
        assertTrue(e.diagnostic().message().contains("'fr'"), e.diagnostic().message());
        RenderException bad = assertThrows(RenderException.class, () -> render("${msg(\"print.contents\")}", "not a tag"));
        assertTrue(bad.diagnostic().message().contains("'not a tag'"), bad.diagnostic().message());
    }

    @Test
    void wrongArgumentsAreTemplateErrors() throws Exception {
        RenderException e = assertThrows(RenderException.class, () -> render("${msg(\"print.page\", \"3\")}", "en"));
        assertEquals("message-arguments", e.diagnostic().code());
        assertEquals(1, e.diagnostic().at().line());
        assertThrows(RenderException.class, () -> render("${msg()}", "en"));
    }

    @Test
    void msgCssWritesACssContentValue() throws Exception {
        String css = "${msgCss(\"print.page\", \"counter(page)\", \"counter(pages)\")}";
        assertEquals("\"page \" counter(page) \" of \" counter(pages)", render(css, "en"));
        assertEquals("\"Səhifə \" counter(page) \" / \" counter(pages)", render(css, "az"));
        assertEquals("\"illüstrativ\"", render("${msgCss(\"mark.illustrative\")}", "az"));
        assertThrows(RenderException.class, () -> render("${msgCss(\"print.page\", \"x;} body{\", \"y\")}", "en"));
    }

    @Test
    void markupArgumentsStayMarkup() throws Exception {
        String html = render("<#assign a><a href=\"kpis.html\">${msg(\"site.pageKpis\")}</a></#assign>"
                + "${msg(\"index.exploreKpis\", a)}", "en");
        assertEquals("<a href=\"kpis.html\">KPI explorer</a>: every KPI, filtered by pillar, owner, horizon or national target", html);
    }

    @Test
    void numbersAndPluralsFollowTheLanguage() throws Exception {
        assertEquals("1 warning or note; 2 warnings and notes",
                render("${msg(\"index.warnings\", 1)}; ${msg(\"index.warnings\", 2)}", "en"));
        assertEquals("2 xəbərdarlıq və qeyd", render("${msg(\"index.warnings\", 2)}", "az"));
    }

    @Test
    void upperCaseFollowsTheLanguage() throws Exception {
        assertEquals("İSTANBUL LAYİHƏ", render("${x?upper_case} ${msg(\"status.draft\")?upper_case}", "az"));
        assertEquals("ISTANBUL DRAFT", render("${x?upper_case} ${msg(\"status.draft\")?upper_case}", "en"));
    }

    @Test
    void anEditedProjectBundleIsReadAgainByTheSameEngine() throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "${msg(\"print.contents\")}");
        TemplateEngine engine = new TemplateEngine(templates);
        assertEquals("Contents", engine.render("t.ftlh", Map.of(), "en"));
        Path bundle = templates.resolve("i18n/messages_en.properties");
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle, "print.contents=Table of contents\n");
        assertEquals("Table of contents", engine.render("t.ftlh", Map.of(), "en"));
        Files.writeString(bundle, "print.contents=In this strategy\n");
        Files.setLastModifiedTime(bundle, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals("In this strategy", engine.render("t.ftlh", Map.of(), "en"));
    }
}
