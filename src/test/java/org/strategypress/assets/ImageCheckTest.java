package org.strategypress.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image check and the SVG sanitiser on their own: what passes, what is refused, what is taken out. */
class ImageCheckTest {

    @TempDir
    Path dir;

    private static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, format.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 31 + y * 17) * 0x010203);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    private ImageCheck.Verdict check(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return ImageCheck.check(f, ImageLimits.DEFAULT);
    }

    private static String sanitised(String svg) throws SvgSanitiser.Unparseable {
        return new String(SvgSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8), ImageLimits.DEFAULT).svg(), StandardCharsets.UTF_8);
    }

    @Test
    void realPngJpegAndGifPass() throws IOException {
        assertTrue(check("a.png", image("png", 40, 30)).ok());
        assertTrue(check("a.jpg", image("jpg", 40, 30)).ok());
        assertTrue(check("a.jpeg", image("jpg", 40, 30)).ok());
        assertTrue(check("a.gif", image("gif", 40, 30)).ok());
    }

    @Test
    void truncatedJpegAndGifAreInvalid() throws IOException {
        byte[] jpg = image("jpg", 64, 64);
        byte[] gif = image("gif", 64, 64);
        ImageCheck.Verdict j = check("cut.jpg", Arrays.copyOf(jpg, jpg.length - 40));
        ImageCheck.Verdict g = check("cut.gif", Arrays.copyOf(gif, gif.length - 5));
        assertEquals(ImageCheck.INVALID, j.code(), j.toString());
        assertEquals(ImageCheck.INVALID, g.code(), g.toString());
        assertTrue(j.problem().contains("truncated or corrupt"), j.problem());
    }

    @Test
    void aPngWithADamagedByteIsInvalid() throws IOException {
        byte[] png = image("png", 64, 64);
        png[png.length / 2] ^= 0x55;
        ImageCheck.Verdict v = check("bit.png", png);
        assertEquals(ImageCheck.INVALID, v.code(), v.toString());
        assertTrue(v.problem().contains("checksum"), v.problem());
    }

    @Test
    void kindsThePdfCannotDrawAreInvalid() throws IOException {
        assertEquals(ImageCheck.INVALID, check("a.bmp", image("bmp", 4, 4)).code());
        assertEquals(ImageCheck.INVALID, check("a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)).code());
        assertEquals(ImageCheck.INVALID, check("empty.png", new byte[0]).code());
        assertEquals(ImageCheck.INVALID, check("text.png", "hello".getBytes(StandardCharsets.UTF_8)).code());
    }

    @Test
    void theByteLimitIsCheckedBeforeReading() throws IOException {
        Path f = dir.resolve("big.png");
        Files.write(f, image("png", 4, 4));
        ImageCheck.Verdict v = ImageCheck.check(f, new ImageLimits(40_000_000L, 10));
        assertEquals(ImageCheck.TOO_LARGE, v.code(), v.toString());
        assertTrue(v.problem().contains("rules.max_image_mb"), v.problem());
    }

    @Test
    void aPublicDoctypeAndIllustratorEntitiesAreAcceptedAndRemoved() throws Exception {
        String svg = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://127.0.0.1:9/svg11.dtd" [
                  <!ENTITY ns_svg "http://www.w3.org/2000/svg">
                ]>
                <svg xmlns="&ns_svg;" width="10" height="10"><rect width="10" height="10"/></svg>
                """;
        SvgSanitiser.Result r = SvgSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8), ImageLimits.DEFAULT);
        String out = new String(r.svg(), StandardCharsets.UTF_8);
        assertFalse(out.contains("DOCTYPE") || out.contains("ENTITY") || out.contains("127.0.0.1"), out);
        assertTrue(out.contains("xmlns=\"http://www.w3.org/2000/svg\"") && out.contains("<rect"), out);
        assertEquals(List.of("the <!DOCTYPE> declaration and its entities"), r.removed());
    }

    @Test
    void fragmentsAndEmbeddedRastersStayOtherReferencesGo() throws Exception {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(image("png", 2, 2));
        String out = sanitised("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                <defs><linearGradient id="g"/></defs>
                <rect fill="url(#g)" width="1" height="1"/>
                <use xlink:href="#g"/>
                <image href="%s" width="2" height="2"/>
                <image href="data:text/html;base64,PHNjcmlwdD4=" width="2" height="2"/>
                <a href="javascript:alert(1)"><text>link</text></a>
                <set attributeName="href" to="javascript:alert(2)"/>
                <animate attributeName="onclick" to="alert(3)"/>
                <rect style="fill: url('http://127.0.0.1:9/x')" width="1" height="1"/>
                </svg>""".formatted(png));
        assertTrue(out.contains("url(#g)") && out.contains("xlink:href=\"#g\"") && out.contains(png), out);
        for (String gone : List.of("javascript", "text/html", "127.0.0.1", "<set", "onclick"))
            assertFalse(out.contains(gone), gone + " left in:\n" + out);
        assertTrue(out.contains("<text>link</text>"), "the link's text stays: " + out);
    }

    @Test
    void anEmbeddedBombIsTakenOut() throws Exception {
        // a PNG header declaring 30000 x 30000 pixels
        byte[] header = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAdTAAAHUwCAAAAAA=");
        String out = sanitised("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(header) + "\"/><rect width=\"1\" height=\"1\"/></svg>");
        assertFalse(out.contains("<image"), out);
    }

    @Test
    void deepNestingAndNonSvgRootsAreRefusedNotCrashed() {
        String deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(20_000) + "</g>".repeat(20_000) + "</svg>";
        assertThrows(SvgSanitiser.Unparseable.class, () -> sanitised(deep));
        assertThrows(SvgSanitiser.Unparseable.class, () -> sanitised("<html><body/></html>"));
        assertThrows(SvgSanitiser.Unparseable.class, () -> sanitised("<svg"));
    }

    @Test
    void aCleanSvgHasNothingRemoved() throws Exception {
        SvgSanitiser.Result r = SvgSanitiser.sanitise("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"
                .getBytes(StandardCharsets.UTF_8), ImageLimits.DEFAULT);
        assertEquals(List.of(), r.removed());
        assertNull(ImageCheck.checkDataUri("data:image/png;base64," + Base64.getEncoder().encodeToString(pngOf1()), ImageLimits.DEFAULT));
    }

    private static byte[] pngOf1() {
        try {
            return image("png", 1, 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
