package org.strategypress.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a PDF whose cross-reference stream lists itself. PDFBox's compressed save writes the xref stream as the last
 * object but leaves it out of its own {@code /Index}, so {@code qpdf --check} warns "reported number of objects is
 * not one plus the highest object number" (and exits 3); so does its incremental save, whose xref stream lists only
 * the objects of the update. The stream is the file's last object: adding its entry (widening the last range of
 * {@code /Index}, or adding one) changes no other object's offset. A file of another shape is written as PDFBox made it.
 */
final class XrefSelfEntry {

    private static final Pattern HEAD = Pattern.compile("^(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n", Pattern.DOTALL);
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[([\\d\\s]+)\\]");
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[\\s*1\\s+(\\d)\\s+(\\d)\\s*\\]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");

    private XrefSelfEntry() {
    }

    /**
     * Objects per object stream. PDFBox's default is 100; but each object stream PDFBox reads back costs it a pass
     * over the whole cross-reference table (a key cache built per stream), so reading the 850 streams of the sample's
     * PDF took 3 to 5 s (the review copy drawn on it, and {@code press comments}). With 2,000 per stream it reads
     * some 45 streams.
     */
    static final int OBJECTS_PER_STREAM = 2000;

    /** Saves {@code pdf} to {@code out}, its xref stream listing itself. */
    static void save(PDDocument pdf, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        pdf.save(bytes, new CompressParameters(OBJECTS_PER_STREAM));
        out.write(fixed(bytes.toByteArray()));
    }

    /** Saves {@code pdf} as an incremental update to {@code out}, the update's xref stream listing itself. */
    static void saveIncremental(PDDocument pdf, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        SparseIncrement.save(pdf, bytes);
        out.write(fixed(bytes.toByteArray()));
    }

    /** The same file with the xref stream's own entry, or {@code pdf} unchanged when it is not shaped as expected. */
    static byte[] fixed(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length), StandardCharsets.ISO_8859_1);
        Matcher sx = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(tail);
        if (!sx.find()) return pdf;
        int at = Integer.parseInt(sx.group(1));
        if (at <= 0 || at >= pdf.length) return pdf;
        String from = new String(pdf, at, Math.min(1 << 20, pdf.length - at), StandardCharsets.ISO_8859_1);
        Matcher head = HEAD.matcher(from);
        if (!head.find()) return pdf;
        String dict = head.group(2);
        Matcher index = INDEX.matcher(dict);
        Matcher widths = WIDTHS.matcher(dict);
        Matcher length = LENGTH.matcher(dict);
        int self = Integer.parseInt(head.group(1));
        if (!dict.contains("/XRef") || dict.contains("/DecodeParms") || !dict.contains("/FlateDecode")
                || !index.find() || !widths.find() || !length.find()) return pdf;
        String[] ranges = index.group(1).trim().split("\\s+");
        if (ranges.length % 2 != 0) return pdf;
        long entries = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            long start = Long.parseLong(ranges[i]);
            long count = Long.parseLong(ranges[i + 1]);
            if (start <= self && self < start + count) return pdf; // it lists itself already
            entries += count;
        }
        boolean joins = Long.parseLong(ranges[ranges.length - 2]) + Long.parseLong(ranges[ranges.length - 1]) == self;
        int offsetWidth = Integer.parseInt(widths.group(1));
        int genWidth = Integer.parseInt(widths.group(2));
        if (offsetWidth < 1 || offsetWidth > 4 || (offsetWidth < 4 && at >= 1L << (8 * offsetWidth))) return pdf;
        int dataStart = at + head.end();
        int dataLength = Integer.parseInt(length.group(1));
        if (dataStart + dataLength > pdf.length) return pdf;
        byte[] table = inflate(pdf, dataStart, dataLength);
        if (table == null || table.length != entries * (1 + offsetWidth + genWidth)) return pdf;
        byte[] entry = new byte[1 + offsetWidth + genWidth];
        entry[0] = 1;
        for (int i = 0; i < offsetWidth; i++) entry[offsetWidth - i] = (byte) (at >>> (8 * i));
        byte[] data = deflate(table, entry);
        if (joins) ranges[ranges.length - 1] = String.valueOf(Long.parseLong(ranges[ranges.length - 1]) + 1);
        String newIndex = "/Index [" + String.join(" ", ranges) + (joins ? "" : " " + self + " 1") + "]";
        String newDict = dict.replace(index.group(), newIndex).replace(length.group(), "/Length " + data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, at);
        out.writeBytes((self + " 0 obj\n<<" + newDict + ">>\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] pdf, int from, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, from, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
        byte[] buf = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) return null;
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] table, byte[] entry) {
        Deflater deflater = new Deflater();
        deflater.setInput(table);
        ByteArrayOutputStream out = new ByteArrayOutputStream(table.length / 2);
        byte[] buf = new byte[1 << 16];
        try {
            while (!deflater.needsInput()) out.write(buf, 0, deflater.deflate(buf));
            deflater.setInput(entry);
            deflater.finish();
            while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
