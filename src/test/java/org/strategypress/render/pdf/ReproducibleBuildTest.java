package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Pipeline;

/** The same content and SOURCE_DATE_EPOCH give the same bytes, so a draft can be rebuilt and checked. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsWithTheSameSourceDateEpochAreByteIdentical(@TempDir Path tmp) throws Exception {
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
        byte[] first = build(new Pipeline(env), tmp.resolve("a"));
        byte[] second = build(new Pipeline(env), tmp.resolve("b"));
        assertArrayEquals(first, second, "PDF bytes differ between two builds");
        assertArrayEquals(Files.readAllBytes(wordCopy(tmp.resolve("a"))), Files.readAllBytes(wordCopy(tmp.resolve("b"))),
                "the Word copies differ between two builds (POI dates each part of the zip with the time it is written)");
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertEquals(2026, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(0, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.DAY_OF_YEAR) - 1);
        }
        String indexA = Files.readString(sourceIndex(tmp.resolve("a")));
        String indexB = Files.readString(sourceIndex(tmp.resolve("b")));
        assertEquals(indexA, indexB);
        assertTrue(indexA.contains("2026-01-01"), "the site shows the fixed date");
    }

    private static Path wordCopy(Path out) throws Exception {
        try (var files = Files.list(out.resolve("word"))) {
            return files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
    }

    /** The index page of the source language's site: html/en/ when the sample is multilingual, else html/. */
    private static Path sourceIndex(Path out) {
        Path en = out.resolve("html/en/index.html");
        return Files.isRegularFile(en) ? en : out.resolve("html/index.html");
    }

    private static byte[] build(Pipeline p, Path out) throws Exception {
        BuildResult r = p.build(BuildRequest.of(Path.of("content"), Path.of("templates"), out));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        return Files.readAllBytes(r.outputs().stream().filter(x -> x.toString().endsWith(".pdf")).findFirst().orElseThrow());
    }
}
