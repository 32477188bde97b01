package org.strategypress.render.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Writes the metadata into a rendered document and removes every trace of the clock, so that the same
 * HTML and the same {@link PdfMetadata} always give the same bytes: info dictionary and XMP dates come
 * from {@code meta.date()}, and the trailer {@code /ID} is a hash of the HTML and the metadata.
 */
final class PdfFinisher {

    static final String DEFAULT_PRODUCER = "strategy-press";

    /** Characters of the HTML encoded at a time for its hash. */
    private static final int CHUNK = 1 << 20;

    private final PdfMetadata meta;
    /** SHA-256 of the HTML and the metadata: the document id. */
    private final byte[] hash;
    private final boolean archival;

    PdfFinisher(PdfMetadata meta, String html) {
        this(meta, html, true);
    }

    /** {@code archival} false: a review copy, whose XMP claims PDF/UA only, never PDF/A. */
    PdfFinisher(PdfMetadata meta, String html, boolean archival) {
        this.meta = meta;
        this.hash = hash(html, meta);
        this.archival = archival;
    }

    void finish(PDDocument pdf) throws IOException {
        String producer = meta.producer().isBlank() ? DEFAULT_PRODUCER : meta.producer();
        writeInfo(pdf, producer);
        pdf.getDocumentCatalog().setLanguage(meta.language());
        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(XmpPacket.of(meta, producer, pdf.getVersion(), archival).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(xmp);
        fixDocumentId(pdf);
    }

    private void writeInfo(PDDocument pdf, String producer) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(meta.date().toEpochMilli());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        if (!meta.author().isBlank()) info.setAuthor(meta.author());
        if (!meta.subject().isBlank()) info.setSubject(meta.subject());
        if (!meta.keywords().isBlank()) info.setKeywords(meta.keywords());
        info.setProducer(producer);
        info.setCreator(producer);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);
    }

    private void fixDocumentId(PDDocument pdf) {
        pdf.setDocumentId(ByteBuffer.wrap(hash).getLong());
        byte[] id = Arrays.copyOf(hash, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * SHA-256 of the UTF-8 of {@code html + '\0' + meta}, the HTML encoded a megabyte at a time (never split inside a
     * surrogate pair): at x50 the whole string's concatenation and its bytes were some 250 MB more at the build's peak.
     */
    static byte[] hash(String html, PdfMetadata meta) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (int from = 0; from < html.length(); ) {
            int to = Math.min(html.length(), from + CHUNK);
            if (to < html.length() && Character.isHighSurrogate(html.charAt(to - 1))) to--;
            digest.update(html.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
        digest.update(("\u0000" + meta).getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }
}
