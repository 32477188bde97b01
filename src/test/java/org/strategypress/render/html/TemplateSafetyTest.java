package org.strategypress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.render.RenderException;

/** What a template author can and cannot do: no class instantiation, no API access, no escape, no hang. */
class TemplateSafetyTest {

    @TempDir
    Path dir;

    private Diagnostic failure(String template, Duration deadline) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), template);
        TemplateEngine engine = new TemplateEngine(dir, deadline);
        RenderException e = assertThrows(RenderException.class, () -> engine.render("t.ftlh", Map.of("x", "y")));
        return e.diagnostic();
    }

    @Test
    void newBuiltInCannotInstantiateClasses() throws Exception {
        Diagnostic d = failure("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", Duration.ofSeconds(5));
        assertEquals("template-error", d.code());
        assertEquals(1, d.at().line(), d.at().toString());
        assertTrue(d.message().contains("not allowed") || d.message().contains("resolve"), d.message());
    }

    @Test
    void apiBuiltInIsOff() throws Exception {
        Diagnostic d = failure("${x?api.getClass()}", Duration.ofSeconds(5));
        assertTrue(d.message().contains("api"), d.message());
    }

    @Test
    void includeOutsideTheTemplatesFolderIsRefused() throws Exception {
        Files.writeString(dir.getParent().resolve("secret.ftlh"), "SECRET");
        Diagnostic d = failure("<#include \"../secret.ftlh\">", Duration.ofSeconds(5));
        assertEquals("template-error", d.code());
        assertTrue(!d.message().contains("SECRET"));
    }

    @Test
    void misspeltVariableIsReportedAtItsTemplateLine() throws Exception {
        Diagnostic d = failure("<p>\nok\n${doc.titel}</p>", Duration.ofSeconds(5));
        assertEquals(3, d.at().line());
        assertTrue(d.message().contains("doc"), d.message());
    }

    @Test
    void anEndlessListIsStoppedByTheDeadline() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Diagnostic d = failure("<#list 1..2000000000 as i>${i} </#list>", Duration.ofSeconds(1));
            assertTrue(d.message().contains("stopped after 1 s"), d.message());
            assertTrue(!Thread.currentThread().isInterrupted(), "the interrupt does not leak into the next stage");
        });
    }

    @Test
    void endlessRecursionGivesAClearError() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Diagnostic d = failure("<#function f n><#return f(n + 1)></#function>${f(1)}", Duration.ofSeconds(10));
            assertTrue(d.message().contains("recursion") || d.message().contains("stopped"), d.message());
        });
    }

    @Test
    void htmlInDataIsEscaped() throws Exception {
        Files.writeString(dir.resolve("ok.ftlh"), "<p>${x}</p>");
        String out = new TemplateEngine(dir).render("ok.ftlh", Map.of("x", "<script>alert(1)</script>"));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", out);
    }
}
