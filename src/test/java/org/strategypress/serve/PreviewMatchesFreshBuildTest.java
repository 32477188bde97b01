package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.generate.SyntheticStrategy;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.Pipeline;

/**
 * What the preview remembers between rebuilds (finished pages, Markdown renderings, the YAML files it read) never
 * shows through: after each edit, the preview's site is byte for byte the site a fresh pipeline builds from the same
 * content, also when the edit changes what other texts show (a pillar's title in every [[PIL1]] link, the numbers
 * of the citations) or removes a file.
 */
class PreviewMatchesFreshBuildTest {

    private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1767225600");

    @TempDir
    Path tmp;

    @Test
    void everyRebuildIsTheSiteAFreshBuildWrites() throws IOException {
        Path content = tmp.resolve("content");
        new SyntheticStrategy(1).writeTo(content);
        Path templates = tmp.resolve("no-templates");
        try (PreviewBuilder preview = new PreviewBuilder(content, templates, new Pipeline(ENV))) {
            assertSame(preview, content, templates, "the first build");

            append(content.resolve("pillars.yaml"), "# a comment line\n");
            assertSame(preview, content, templates, "a comment added");

            Path pillars = content.resolve("pillars.yaml");
            String was = Files.readString(pillars);
            Files.writeString(pillars, was.replaceFirst("(?m)^(    title: )(.*)$", "$1Retitled pillar one"));
            assertTrue(!Files.readString(pillars).equals(was), "the edit changed the file");
            assertSame(preview, content, templates, "a pillar retitled (its [[PIL1]] links show the new title)");
            assertTrue(page(preview, "PIL1.html").contains("Retitled pillar one"));

            // references are numbered in the order the document first cites them: an early citation moves the rest
            Path chapter = content.resolve("modules/1-as-is-assessment/02-synthetic-chapter-2.md");
            String text = Files.readString(chapter);
            Files.writeString(chapter, text.replaceFirst("## Purpose of this chapter\n\n", "$0An early citation [[REF-8]].\n\n"));
            assertTrue(!Files.readString(chapter).equals(text), "the edit changed the chapter");
            assertSame(preview, content, templates, "a citation added early (the references' numbers move)");

            Files.delete(content.resolve("module4/risks.yaml"));
            assertSame(preview, content, templates, "a file removed");
        }
    }

    /**
     * The preview skips the template of a page whose reads did not change; these edits change what other pages show
     * without touching their entity: an initiative's title in its gap's backlinks and on the module pages, a KPI's
     * target in the KPI explorer and on the module pages.
     */
    @Test
    void editsThatShowOnOtherPagesReachThem() throws IOException {
        Path content = tmp.resolve("content");
        new SyntheticStrategy(1).writeTo(content);
        Path templates = tmp.resolve("no-templates");
        try (PreviewBuilder preview = new PreviewBuilder(content, templates, new Pipeline(ENV))) {
            assertSame(preview, content, templates, "the first build");

            replace(content.resolve("module4/initiatives/pil01.yaml"), "Synthetic initiative 1: Guidance guidance outcomes",
                    "Renamed initiative one");
            assertSame(preview, content, templates, "an initiative retitled");
            assertTrue(page(preview, "GAP-PIL1-1.html").contains("Renamed initiative one"), "the gap's backlinks show it");

            replace(content.resolve("module4/kpis/pil01.yaml"), "{year: 2030, value: 46.2}", "{year: 2030, value: 47.9}");
            assertSame(preview, content, templates, "a KPI's target changed");
            assertTrue(page(preview, "kpis.html").contains("47.9"), "the KPI explorer shows it");

            append(content.resolve("pillars.yaml"), "# a comment line\n");
            assertSame(preview, content, templates, "a comment added after them");
        }
    }

    /** An edit of the templates alone (no content, no words) or of the words alone changes every page. */
    @Test
    void editsOfTheTemplatesOrTheirWordsReachEveryPage() throws IOException {
        Path content = tmp.resolve("content");
        new SyntheticStrategy(1).writeTo(content);
        Path templates = Templates.copy(tmp);
        try (PreviewBuilder preview = new PreviewBuilder(content, templates, new Pipeline(ENV))) {
            assertSame(preview, content, templates, "the first build");

            replace(templates.resolve("site/layout.ftlh"), "<footer class=\"bottom\">", "<footer class=\"bottom\"><p>Edited layout</p>");
            assertSame(preview, content, templates, "the layout edited");
            assertTrue(page(preview, "GAP-PIL1-1.html").contains("Edited layout"), "an entity page shows it");

            Path words = templates.resolve("i18n/messages_en.properties");
            String was = Files.readString(words);
            Files.writeString(words, was.replaceFirst("(?m)^site\\.overview *= *.*$", "site.overview = Whole strategy"));
            assertTrue(!Files.readString(words).equals(was), "the edit changed the bundle");
            assertSame(preview, content, templates, "a word edited");
            assertTrue(page(preview, "KPI-PIL1-1.html").contains("Whole strategy"), "a KPI's page shows it");
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String was = Files.readString(file);
        assertTrue(was.contains(from), file + " has " + from);
        Files.writeString(file, was.replace(from, to));
    }

    private void assertSame(PreviewBuilder preview, Path content, Path templates, String step) throws IOException {
        BuildOutcome rebuilt = preview.rebuild();
        assertTrue(rebuilt.ok(), step + ": the preview builds " + rebuilt.diagnostics().stream().filter(d -> d.isError()).toList());
        Path fresh = tmp.resolve("fresh-" + Math.abs(step.hashCode()));
        assertTrue(new Pipeline(ENV).build(BuildRequest.preview(content, templates, fresh)).ok(), step + ": the fresh build");
        Map<String, String> shown = files(preview.site().orElseThrow());
        Map<String, String> built = files(fresh.resolve("html"));
        assertEquals(built.keySet(), shown.keySet(), step);
        for (var f : built.entrySet()) assertEquals(f.getValue(), shown.get(f.getKey()), step + ": " + f.getKey());
    }

    private static String page(PreviewBuilder preview, String name) throws IOException {
        return Files.readString(preview.site().orElseThrow().resolve(name));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(f).toString();
                if (name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".json")) out.put(name, Files.readString(f));
            }
        }
        return out;
    }
}
