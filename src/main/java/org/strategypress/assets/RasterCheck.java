package org.strategypress.assets;

import org.strategypress.model.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks a raster image without decoding its pixels: its real format from its first bytes, its width and
 * height from its header (an {@link ImageReader}'s {@code getWidth}/{@code getHeight}, which read the header
 * only), then its structure (PNG chunks and their checksums and the length of the compressed pixel data,
 * JPEG segments up to the end marker, GIF blocks up to the trailer), so that a truncated or corrupt file is
 * found here rather than drawn as a blank box. The PNG pixel data is inflated into a small scratch buffer and
 * thrown away, which bounds the work by the declared size the pixel limit already accepted.
 */
final class RasterCheck {

    /** Formats told apart by their first bytes. */
    enum Format {
        PNG("PNG"), JPEG("JPEG"), GIF("GIF"), WEBP("WebP"), BMP("BMP"), TIFF("TIFF"), SVG("SVG");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    private RasterCheck() {
    }

    /** The format of {@code b} from its magic bytes, or null when it is none of those known. */
    static Format sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Format.PNG;
        if (starts(b, 0xFF, 0xD8, 0xFF)) return Format.JPEG;
        if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') return Format.GIF;
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P')
            return Format.WEBP;
        if (starts(b, 'B', 'M')) return Format.BMP;
        if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) return Format.TIFF;
        if (looksLikeXml(b)) return Format.SVG;
        return null;
    }

    /**
     * Null when {@code b}, a {@code format} image, is within {@code limits} and whole; else what is wrong,
     * worded to follow "image 'name' ".
     */
    static Problem check(byte[] b, Format format, ImageLimits limits) {
        long[] size;
        try {
            size = headerSize(b);
        } catch (IOException | RuntimeException e) {
            return Problem.invalid("is a " + format.label + " file whose header cannot be read (" + reason(e)
                    + "): it is corrupt; export it again");
        }
        if (size == null) return Problem.invalid("is a " + format.label + " file that cannot be read: export it again as PNG or JPEG");
        Problem tooLarge = tooLarge(size[0], size[1], limits);
        if (tooLarge != null) return tooLarge;
        String broken = switch (format) {
            case PNG -> png(b, size[0], size[1]);
            case JPEG -> jpeg(b);
            case GIF -> gif(b, limits);
            default -> null;
        };
        if (broken == null) return null;
        if (broken.startsWith(TOO_LARGE)) return Problem.tooLarge(broken.substring(TOO_LARGE.length()));
        return Problem.invalid("is a " + format.label + " file that is truncated or corrupt (" + broken + "): export it again");
    }

    /** What is wrong with an image: a rule code and the message. */
    record Problem(Rule code, String message) {
        static Problem invalid(String message) {
            return new Problem(ImageCheck.INVALID, message);
        }

        static Problem tooLarge(String message) {
            return new Problem(ImageCheck.TOO_LARGE, message);
        }
    }

    private static final String TOO_LARGE = "\u0000too-large:";

    static Problem tooLarge(long width, long height, ImageLimits limits) {
        if (width <= 0 || height <= 0)
            return Problem.invalid("declares a size of " + width + " x " + height + " pixels: it is corrupt; export it again");
        if (width * height <= limits.maxPixels()) return null;
        return Problem.tooLarge(tooLargeText(width, height, limits));
    }

    private static String tooLargeText(long width, long height, ImageLimits limits) {
        double mp = width * height / 1_000_000.0;
        return "is " + width + " x " + height + " pixels (" + String.format(Locale.ROOT, mp >= 10 ? "%.0f" : "%.1f", mp)
                + " megapixels), more than the limit of " + limits.pixelsText() + " (rules." + ImageLimits.MEGAPIXELS
                + "): scale it down before placing it";
    }

    /** Width and height of the first image, read by ImageIO from the header only; null when no reader knows it. */
    private static long[] headerSize(byte[] b) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new long[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    // ---- PNG: chunks, checksums, and the pixel data's length ----

    private static String png(byte[] b, long width, long height) {
        int i = 8;
        boolean header = false;
        int bitDepth = 0, colorType = 0, interlace = 0;
        Inflater inflater = new Inflater();
        byte[] scratch = new byte[1 << 16];
        long inflated = 0;
        long expected = -1;
        try {
            while (true) {
                if (i + 8 > b.length) return "the file ends before its end chunk";
                long len = u32(b, i);
                String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (len > b.length - i - 12L) return "chunk " + printable(type) + " is cut off";
                int data = i + 8;
                CRC32 crc = new CRC32();
                crc.update(b, i + 4, 4 + (int) len);
                if (crc.getValue() != u32(b, data + (int) len)) return "chunk " + printable(type) + " has a wrong checksum";
                switch (type) {
                    case "IHDR" -> {
                        if (len < 13) return "its header chunk is too short";
                        bitDepth = b[data + 8] & 0xFF;
                        colorType = b[data + 9] & 0xFF;
                        interlace = b[data + 12] & 0xFF;
                        int channels = switch (colorType) { case 2 -> 3; case 4 -> 2; case 6 -> 4; default -> 1; };
                        long rowBytes = (width * channels * bitDepth + 7) / 8;
                        expected = height * (rowBytes + 1);
                        header = true;
                    }
                    case "IDAT" -> {
                        if (!header) return "pixel data before the header";
                        if (inflater.finished()) break;
                        inflater.setInput(b, data, (int) len);
                        while (!inflater.needsInput() && !inflater.finished()) {
                            int n = inflater.inflate(scratch);
                            inflated += n;
                            // interlaced images hold a little more than the plain row count; never many times more
                            if (inflated > (interlace == 0 ? expected : expected * 2 + 64)) return "more pixel data than its size";
                            if (n == 0 && inflater.needsDictionary()) return "pixel data needs a dictionary";
                        }
                    }
                    case "IEND" -> {
                        if (!header) return "no header chunk";
                        if (!inflater.finished()) return inflated == 0 ? "no pixel data" : "the pixel data is cut off";
                        if (interlace == 0 && inflated < expected) return "less pixel data than its size";
                        return null;
                    }
                    default -> { }
                }
                i = data + (int) len + 4;
            }
        } catch (DataFormatException e) {
            return "its compressed pixel data is damaged";
        } finally {
            inflater.end();
        }
    }

    // ---- JPEG: segments up to the end-of-image marker ----

    private static String jpeg(byte[] b) {
        int i = 2;
        int n = b.length;
        boolean frame = false;
        while (true) {
            if (i >= n) return "the file ends before its end marker";
            if ((b[i] & 0xFF) != 0xFF) return "a segment does not start where one should";
            while (i < n && (b[i] & 0xFF) == 0xFF) i++;
            if (i >= n) return "the file ends before its end marker";
            int m = b[i++] & 0xFF;
            if (m == 0xD9) return frame ? null : "no frame header";
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) continue;
            if (i + 2 > n) return "the file ends inside a segment";
            int len = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (len < 2 || i + len > n) return "a segment is cut off";
            if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) frame = true;
            i += len;
            if (m == 0xDA) {
                // entropy-coded data: up to the next marker that is neither a stuffed 0xFF00 nor a restart
                while (true) {
                    if (i + 1 >= n) return "the image data is cut off before its end marker";
                    if ((b[i] & 0xFF) == 0xFF) {
                        int next = b[i + 1] & 0xFF;
                        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                            i += next == 0xFF ? 1 : 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
            }
        }
    }

    // ---- GIF: blocks up to the trailer, every frame within the limit ----

    private static String gif(byte[] b, ImageLimits limits) {
        int n = b.length;
        if (n < 13) return "the file ends inside its header";
        int flags = b[10] & 0xFF;
        int i = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        int frames = 0;
        while (true) {
            if (i >= n) return frames == 0 ? "the file ends before its first frame" : "the file ends before its trailer";
            int block = b[i] & 0xFF;
            if (block == 0x3B) return frames == 0 ? "no frame" : null;
            if (block == 0x21) {
                i += 2;
            } else if (block == 0x2C) {
                if (i + 10 > n) return "a frame header is cut off";
                long w = (b[i + 5] & 0xFF) | ((b[i + 6] & 0xFF) << 8);
                long h = (b[i + 7] & 0xFF) | ((b[i + 8] & 0xFF) << 8);
                Problem big = tooLarge(w, h, limits);
                if (big != null && big.code() == ImageCheck.TOO_LARGE)
                    return TOO_LARGE + tooLargeText(w, h, limits).replaceFirst("^is ", "has a frame of ");
                int lflags = b[i + 9] & 0xFF;
                i += 10 + ((lflags & 0x80) != 0 ? 3 * (1 << ((lflags & 7) + 1)) : 0) + 1;
                frames++;
            } else {
                return "an unknown block where a frame should be";
            }
            while (true) {
                if (i >= n) return "a frame's data is cut off";
                int len = b[i] & 0xFF;
                i += 1 + len;
                if (len == 0) break;
            }
        }
    }

    // ---- helpers ----

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != (magic[i] & 0xFF)) return false;
        return true;
    }

    /** Text that starts, after an optional BOM and white space, with '<' (an XML declaration, a comment or a tag). */
    private static boolean looksLikeXml(byte[] b) {
        int i = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
        return i < b.length && b[i] == '<';
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static String printable(String type) {
        StringBuilder sb = new StringBuilder();
        for (char c : type.toCharArray()) sb.append(Character.isLetterOrDigit(c) ? c : '?');
        return sb.toString();
    }

    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && !m.equals("null")) return m.replaceAll("\\s+", " ").trim();
        }
        return e.getClass().getSimpleName();
    }
}
