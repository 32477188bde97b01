package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;

/** Only files under the allowed roots (and data: URIs) are read; everything else is refused without a request. */
class ResourcePolicyTest {

    @TempDir Path work;
    @TempDir Path outside;

    private PdfResult render(String body) {
        String css = PdfRendererTest.TEMPLATES.resolve("print/print.css").toUri().toString();
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Resources</title>
                <link rel="stylesheet" href="%s"/></head>
                <body><h1>Resources</h1>%s</body></html>""".formatted(css, body);
        PdfMetadata meta = new PdfMetadata("Resources", "", "", "", "en", PdfRendererTest.DATE, "");
        PrintDocument doc = new PrintDocument(html, work.resolve("html"), List.of(PdfRendererTest.TEMPLATES, work), meta);
        return new PdfRenderer().render(doc, new ByteArrayOutputStream());
    }

    private static List<Diagnostic> resourceErrors(PdfResult r) {
        return r.diagnostics().stream().filter(d -> d.code().equals("pdf-resource")).toList();
    }

    @Test
    void networkAndOutsideFilesAreRefusedWithoutARequest() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String local = "http://127.0.0.1:" + server.getAddress().getPort();
            PdfResult r = render("""
                    <img src="http://example.com/x.png" alt="a"/>
                    <img src="file:///etc/passwd" alt="b"/>
                    <img src="%s/tracker.png" alt="c"/>
                    <img src="https://example.com/y.png" alt="d"/>
                    <img src="ftp://example.com/z.png" alt="e"/>
                    <img src="jar:file:/tmp/x.jar!/a.png" alt="f"/>
                    <img src="../../../../../../etc/hostname" alt="g"/>
                    <link rel="stylesheet" href="%s/remote.css"/>
                    """.formatted(local, local));
            assertEquals(0, hits.get(), "the engine made an HTTP request");
            List<String> refused = resourceErrors(r).stream().map(Diagnostic::message).toList();
            for (String uri : List.of("http://example.com/x.png", "file:///etc/passwd", "/tracker.png", "https://example.com/y.png",
                    "ftp://example.com/z.png", "jar:file:/tmp/x.jar!/a.png", "etc/hostname"))
                assertTrue(refused.stream().anyMatch(m -> m.contains(uri)), uri + " not refused: " + refused);
            assertTrue(resourceErrors(r).stream().allMatch(d -> d.severity() == Severity.ERROR));
            assertTrue(resourceErrors(r).get(0).at().file().endsWith(Path.of("html", "print.html")));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void symlinkOutOfAnAllowedRootIsRefused() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.png"), "not an image");
        Path link = work.resolve("innocent.png");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symlinks on this file system: nothing to check
        }
        PdfResult r = render("<img src=\"../innocent.png\" alt=\"x\"/>");
        assertEquals(1, resourceErrors(r).size(), r.diagnostics().toString());
        assertTrue(resourceErrors(r).get(0).message().contains("outside the allowed folders"));
    }

    @Test
    void imagesInsideTheRootsAndDataUrisLoad() throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(work.resolve("img"));
        ImageIO.write(img, "png", work.resolve("img/dot.png").toFile());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        PdfResult r = render("<img src=\"../img/dot.png\" alt=\"file\"/><img src=\"" + data + "\" alt=\"data\"/>");
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void aMissingImageIsAnError() {
        PdfResult r = render("<img src=\"../img/missing.png\" alt=\"missing\"/>");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.isError() && d.code().equals("pdf-engine")
                && d.message().contains("missing.png")), r.diagnostics().toString());
    }
}
