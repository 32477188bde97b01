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

/**
 * The preview finishes again only the pages whose template output changed: an edit still shows on every page that
 * shows the edited text, and the pages it does not touch come out byte for byte as before.
 */
class PreviewPageReuseTest {

    @TempDir
    Path tmp;

    @Test
    void anEditShowsOnEveryPageThatShowsItAndTheRestIsUnchanged() throws IOException {
        Path content = tmp.resolve("content");
        new SyntheticStrategy(1).writeTo(content);
        try (PreviewBuilder builder = new PreviewBuilder(content, tmp.resolve("no-templates"))) {
            assertTrue(builder.rebuild().ok());
            Map<String, String> before = pages(builder.site().orElseThrow());
            assertTrue(before.values().stream().anyMatch(html -> html.contains("<abbr")), "the finishers ran: abbreviations marked");

            Path initiatives = content.resolve("module4/initiatives/pil01.yaml");
            Files.writeString(initiatives, Files.readString(initiatives).replace("Synthetic initiative 1:", "Connectivity and networks:"));
            assertTrue(builder.rebuild().ok());
            Map<String, String> after = pages(builder.site().orElseThrow());

            assertEquals(before.keySet(), after.keySet());
            assertTrue(after.get("INI-PIL1-1.html").contains("Connectivity and networks"));
            assertTrue(after.get("PIL1.html").contains("Connectivity and networks"), "the pillar page lists its initiatives");
            int same = 0;
            for (var page : after.entrySet()) {
                String was = before.get(page.getKey());
                String now = page.getValue();
                if (now.equals(was)) {
                    same++;
                    continue;
                }
                assertTrue(now.contains("Connectivity and networks"), page.getKey() + " changed without the edit");
                // a page finished again is finished fully: paragraph numbers and abbreviations as before
                for (String mark : new String[] {"data-para=", "<abbr"}) assertEquals(was.contains(mark), now.contains(mark), page.getKey() + " " + mark);
            }
            assertTrue(same > 0, "pages the edit does not touch come out as before");
        }
    }

    private static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) out.put(f.getFileName().toString(), Files.readString(f));
        }
        return out;
    }
}
