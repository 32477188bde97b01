package org.strategypress.render.pdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
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
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    /** The bytes at the end of a file searched for {@code startxref}. */
    private static final int TAIL = 64;
    /** Larger than any xref stream with its trailer that this fixes (a million objects take some 3 MB). */
    private static final long MAX_TAIL = 64L << 20;

    private XrefSelfEntry() {
    }

    /**
     * Objects per object stream. PDFBox's default is 100; but each object stream PDFBox reads back costs it a pass
     * over the whole cross-reference table (a key cache built per stream), so reading the 850 streams of the sample's
     * PDF took 3 to 5 s (the review copy drawn on it, and {@code press comments}). With 2,000 per stream it reads
     * some 45 streams.
     */
    static final int OBJECTS_PER_STREAM = 2000;

    /**
     * Saves {@code pdf} to {@code out}, its xref stream listing itself. The file is written to a temporary file first
     * and only its cross-reference stream read back: a joined x50 document is 75 MB, which held in memory as the save
     * grew it, and copied twice more to fix the xref, cost some 350 MB of heap at the build's peak.
     */
    static void save(PDDocument pdf, OutputStream out) throws IOException {
        Path file = Files.createTempFile("press-pdf-", ".pdf");
        try {
            try (OutputStream f = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                pdf.save(f, new CompressParameters(OBJECTS_PER_STREAM));
            }
            copyFixed(file, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Saves {@code pdf} as an incremental update to {@code out}, the update's xref stream listing itself. */
    static void saveIncremental(PDDocument pdf, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        SparseIncrement.save(pdf, bytes);
        out.write(fixed(bytes.toByteArray()));
    }

    /** The same file with the xref stream's own entry, or {@code pdf} unchanged when it is not shaped as expected. */
    static byte[] fixed(byte[] pdf) {
        long at = startxref(Arrays.copyOfRange(pdf, Math.max(0, pdf.length - TAIL), pdf.length), pdf.length);
        if (at < 0) return pdf;
        byte[] tail = fixedTail(Arrays.copyOfRange(pdf, (int) at, pdf.length), at);
        if (tail == null) return pdf;
        byte[] out = Arrays.copyOf(pdf, (int) at + tail.length);
        System.arraycopy(tail, 0, out, (int) at, tail.length);
        return out;
    }

    /** Copies {@code file} to {@code out}, its xref stream given its own entry when it is shaped as expected. */
    private static void copyFixed(Path file, OutputStream out) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            byte[] last = read(in, Math.max(0, size - TAIL), (int) Math.min(TAIL, size));
            long at = startxref(last, size);
            byte[] tail = at < 0 || size - at > MAX_TAIL ? null : fixedTail(read(in, at, (int) (size - at)), at);
            long copied = tail == null ? size : at;
            InputStream body = Channels.newInputStream(in.position(0));
            byte[] buf = new byte[1 << 16];
            for (long left = copied; left > 0; ) {
                int n = body.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) throw new IOException("the saved PDF ended early");
                out.write(buf, 0, n);
                left -= n;
            }
            if (tail != null) out.write(tail);
        }
    }

    private static byte[] read(FileChannel in, long from, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (in.read(b, from + b.position()) < 0) throw new IOException("the saved PDF ended early");
        }
        return b.array();
    }

    /** The offset {@code startxref} gives in the last bytes of a file of {@code size} bytes, or -1. */
    private static long startxref(byte[] last, long size) {
        Matcher sx = STARTXREF.matcher(new String(last, StandardCharsets.ISO_8859_1));
        if (!sx.find() || sx.group(1).length() > 15) return -1;
        long at = Long.parseLong(sx.group(1));
        return at <= 0 || at >= size ? -1 : at;
    }

    /**
     * The file's last part, from its xref stream at offset {@code at} to its end, rewritten with the stream's own
     * entry; null when it lists itself already or is not shaped as expected.
     */
    private static byte[] fixedTail(byte[] tail, long at) {
        String from = new String(tail, 0, Math.min(1 << 20, tail.length), StandardCharsets.ISO_8859_1);
        Matcher head = HEAD.matcher(from);
        if (!head.find()) return null;
        String dict = head.group(2);
        Matcher index = INDEX.matcher(dict);
        Matcher widths = WIDTHS.matcher(dict);
        Matcher length = LENGTH.matcher(dict);
        int self = Integer.parseInt(head.group(1));
        if (!dict.contains("/XRef") || dict.contains("/DecodeParms") || !dict.contains("/FlateDecode")
                || !index.find() || !widths.find() || !length.find()) return null;
        String[] ranges = index.group(1).trim().split("\\s+");
        if (ranges.length % 2 != 0) return null;
        long entries = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            long start = Long.parseLong(ranges[i]);
            long count = Long.parseLong(ranges[i + 1]);
            if (start <= self && self < start + count) return null; // it lists itself already
            entries += count;
        }
        boolean joins = Long.parseLong(ranges[ranges.length - 2]) + Long.parseLong(ranges[ranges.length - 1]) == self;
        int offsetWidth = Integer.parseInt(widths.group(1));
        int genWidth = Integer.parseInt(widths.group(2));
        if (offsetWidth < 1 || offsetWidth > 4 || (offsetWidth < 4 && at >= 1L << (8 * offsetWidth))) return null;
        int dataStart = head.end();
        int dataLength = Integer.parseInt(length.group(1));
        if ((long) dataStart + dataLength > tail.length) return null;
        byte[] table = inflate(tail, dataStart, dataLength);
        if (table == null || table.length != entries * (1 + offsetWidth + genWidth)) return null;
        byte[] entry = new byte[1 + offsetWidth + genWidth];
        entry[0] = 1;
        for (int i = 0; i < offsetWidth; i++) entry[offsetWidth - i] = (byte) (at >>> (8 * i));
        byte[] data = deflate(table, entry);
        if (joins) ranges[ranges.length - 1] = String.valueOf(Long.parseLong(ranges[ranges.length - 1]) + 1);
        String newIndex = "/Index [" + String.join(" ", ranges) + (joins ? "" : " " + self + " 1") + "]";
        String newDict = dict.replace(index.group(), newIndex).replace(length.group(), "/Length " + data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 256);
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
