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
