package org.strategypress.hardening;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Small hostile image files, made in the test rather than checked in: bombs, lies and broken files. */
final class HostileImages {

    private HostileImages() {
    }

    /** A real image of {@code w} x {@code h} noise pixels in {@code format} (png, jpg, gif). */
    static byte[] real(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, format.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no ImageIO writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG whose header declares {@code w} x {@code h} pixels but which holds almost no data (the header alone is the lie). */
    static byte[] pngDeclaring(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", deflate(new byte[1024], 1024));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A genuine decompression bomb: a valid grey PNG of {@code side} x {@code side} zero pixels, a few hundred KB on disk. */
    static byte[] pngBomb(int side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", deflate(new byte[side + 1], side));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A GIF whose screen and frame declare {@code w} x {@code h} pixels, with a tiny LZW stream. */
    static byte[] gifBomb(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        le16(out, w);
        le16(out, h);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0}); // global colour table of 2 entries
        out.writeBytes(new byte[] {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        out.write(0x2C);
        le16(out, 0);
        le16(out, 0);
        le16(out, w);
        le16(out, h);
        out.write(0);
        out.write(2); // LZW minimum code size
        out.writeBytes(new byte[] {2, 0x4C, 0x01, 0}); // clear, one pixel, end
        out.write(0x3B);
        return out.toByteArray();
    }

    /** A real JPEG with the size in its frame header changed to {@code w} x {@code h}. */
    static byte[] jpegBomb(int w, int h) {
        byte[] b = real("jpg", 16, 16);
        for (int i = 2; i + 9 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xC0 || (b[i + 1] & 0xFF) == 0xC2)) {
                b[i + 5] = (byte) (h >> 8);
                b[i + 6] = (byte) h;
                b[i + 7] = (byte) (w >> 8);
                b[i + 8] = (byte) w;
                return b;
            }
        }
        throw new IllegalStateException("no frame header in the JPEG ImageIO wrote");
    }

    /** The first half of a real PNG. */
    static byte[] truncatedPng() {
        byte[] b = real("png", 64, 64);
        return Arrays.copyOf(b, b.length / 2);
    }

    static final String SVG_ONLOAD = """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert('onload')"><rect width="10" height="10" onclick="alert('click')"/></svg>
            """;
    static final String SVG_SCRIPT = """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert('script')</script><rect width="10" height="10"/></svg>
            """;
    static final String SVG_FOREIGN_OBJECT = """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="http://127.0.0.1:9/frame"></iframe></div></foreignObject><rect width="10" height="10"/></svg>
            """;
    static final String SVG_EXTERNAL_IMAGE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image href="http://127.0.0.1:9/tracker.png" width="5" height="5"/><image xlink:href="file:///etc/passwd" width="5" height="5"/><rect width="10" height="10" fill="url(http://127.0.0.1:9/paint#p)"/><style>@import url(http://127.0.0.1:9/x.css);</style></svg>
            """;
    static final String SVG_DOCTYPE_ENTITY = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="5">&xxe;</text></svg>
            """;
    static final String SVG_BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="5">&lol9;</text></svg>
            """;

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** {@code row} deflated {@code times} over, as one zlib stream. */
    private static byte[] deflate(byte[] row, int times) {
        Deflater d = new Deflater(9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int i = 0; i < times; i++) {
            d.setInput(row);
            while (!d.needsInput()) out.write(buf, 0, d.deflate(buf));
        }
        d.finish();
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >> 8) & 0xFF);
    }
}
