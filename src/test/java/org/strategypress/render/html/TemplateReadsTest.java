package org.strategypress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a template read decides whether its page is rendered again: a change to a value it printed, a list it
 * walked, a method's answer, is seen; a change to what it never read is not.
 */
public class TemplateReadsTest {

    /** An entity as a template sees it. */
    public record Item(String id, String title, String note, List<String> tags) {
        /** A method with an argument, as views have ({@code doc.kind(key)}). */
        public String label(String prefix) {
            return prefix + " " + title;
        }

        /** A method given an object. */
        public boolean same(Object other) {
            return equals(other);
        }
    }

    @TempDir
    Path tmp;

    private TemplateEngine engine(String template) throws IOException {
        Path dir = tmp.resolve("templates");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/t.ftlh"), template);
        return new TemplateEngine(dir);
    }

    private static Map<String, Object> data(Item e) {
        return Map.of("e", e);
    }

    private static boolean holds(TemplateEngine engine, TemplateEngine.Traced first, Item now) {
        return engine.stillHold(first.reads(), "site/t.ftlh", data(now), engine.templatesStamp(), engine.replay());
    }

    @Test
    void aFieldTheTemplateNeverReadDoesNotCount() throws IOException {
        TemplateEngine engine = engine("<h1>${e.id} ${e.title}</h1><#list e.tags as t>${t}</#list>");
        Item item = new Item("A", "Title", "note", List.of("x", "y"));
        TemplateEngine.Traced first = engine.renderTraced("site/t.ftlh", data(item), engine.templatesStamp());
        assertEquals("<h1>A Title</h1>xy", first.text());
        assertTrue(holds(engine, first, new Item("A", "Title", "another note", List.of("x", "y"))), "the note is not shown");
        assertFalse(holds(engine, first, new Item("A", "Retitled", "note", List.of("x", "y"))), "the title is shown");
        assertFalse(holds(engine, first, new Item("A", "Title", "note", List.of("x", "y", "z"))), "a tag more is shown");
        assertFalse(holds(engine, first, new Item("A", "Title", "note", List.of("x", "w"))), "a tag changed is shown");
    }

    @Test
    void aMethodsAnswerIsAskedAgain() throws IOException {
        TemplateEngine engine = engine("${e.label(\"Item\")}");
        TemplateEngine.Traced first = engine.renderTraced("site/t.ftlh", data(new Item("A", "One", "", List.of())),
                engine.templatesStamp());
        assertEquals("Item One", first.text());
        assertTrue(first.reads().replayable());
        assertTrue(holds(engine, first, new Item("B", "One", "x", List.of("t"))), "the same answer");
        assertFalse(holds(engine, first, new Item("A", "Two", "", List.of())), "another answer");
    }

    @Test
    void aMethodGivenAnObjectCannotBeReplayed() throws IOException {
        TemplateEngine engine = engine("${e.label(e.tags?join(\",\"))}");
        Item item = new Item("A", "One", "", List.of("a"));
        TemplateEngine.Traced plain = engine.renderTraced("site/t.ftlh", data(item), engine.templatesStamp());
        assertTrue(plain.reads().replayable(), "a text made in the template is a plain argument");

        TemplateEngine objects = engine("${e.same(e)?c}");
        TemplateEngine.Traced traced = objects.renderTraced("site/t.ftlh", data(item), objects.templatesStamp());
        assertFalse(traced.reads().replayable(), "an object as argument: always rendered again");
        assertFalse(objects.stillHold(traced.reads(), "site/t.ftlh", data(item), objects.templatesStamp(), objects.replay()));
    }

    @Test
    void anEditedTemplateIsRenderedAgain() throws IOException {
        TemplateEngine engine = engine("${e.title}");
        Item item = new Item("A", "One", "", List.of());
        TemplateEngine.Traced first = engine.renderTraced("site/t.ftlh", data(item), engine.templatesStamp());
        Files.writeString(tmp.resolve("templates/site/t.ftlh"), "<b>${e.title}</b>");
        assertFalse(holds(engine, first, item), "the templates folder changed");
    }
}
