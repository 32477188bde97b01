package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The document id is a hash of the print HTML and the metadata; it is computed a megabyte at a time, and must stay the
 * hash of the whole text, so that a draft built again keeps its id (and its bytes).
 */
class DocumentIdTest {

    static final PdfMetadata META = new PdfMetadata("Strategiya", "Nazirlik", "Nümunə", "rəqəmsal", "az",
            Instant.parse("2026-01-01T00:00:00Z"), "strategy-press test");

    @Test
    void aLongDocumentInAzerbaijaniHashesAsTheWholeText() throws Exception {
        StringBuilder html = new StringBuilder("<p>Rəqəmsal inkişaf strategiyası ");
        while (html.length() < (1 << 20) - 1) html.append("ə");
        html.append("\uD83D\uDE00"); // an emoji (a surrogate pair) across the first megabyte's end
        while (html.length() < 2_500_000) html.append("Şəki, Gəncə; ");
        html.append('\uD800').append("</p>"); // a lone surrogate, written as '?' like String.getBytes does
        assertArrayEquals(wholeText(html.toString()), PdfFinisher.hash(html.toString(), META));
    }

    @Test
    void differentHtmlGivesADifferentId() throws Exception {
        assertFalse(java.util.Arrays.equals(PdfFinisher.hash("<p>a</p>", META), PdfFinisher.hash("<p>b</p>", META)));
    }

    private static byte[] wholeText(String html) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest((html + '\u0000' + META).getBytes(StandardCharsets.UTF_8));
    }
}
