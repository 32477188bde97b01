package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategypress.testing.StrategyFixture;

/** The preview serves the site and nothing else, to this machine only. */
class PreviewServerSecurityTest {

    private static final String SECRET = "TOP-SECRET-NOT-FOR-THE-BROWSER";

    @TempDir
    static Path dir;
    static PreviewServer server;
    static Path site;

    @BeforeAll
    static void start() throws IOException {
        StrategyFixture strategy = StrategyFixture.in(dir);
        server = PreviewServer.start(strategy.content(), Templates.copy(dir), 0, b -> { });
        site = server.siteFolder().orElseThrow();
        // secrets beside and above the site root, and ways to reach them from inside it
        for (Path p : List.of(site.resolveSibling("secret.txt"), site.getParent().resolveSibling("secret.txt"),
                server.workFolder().getParent().resolve("press-secret.txt"), strategy.file("secret.txt")))
            Files.writeString(p, SECRET);
        Files.createSymbolicLink(site.resolve("link.txt"), strategy.file("secret.txt"));
        Files.createSymbolicLink(site.resolve("linkdir"), dir);
        Files.writeString(site.resolve(".hidden.txt"), SECRET);
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git").resolve("config"), SECRET);
        Files.createDirectories(site.resolve("empty"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String host() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void servesTheIndexWithTheReloadScriptAndSafeHeaders() {
        HttpResponse<String> r = Http.get(server.port(), "/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Digital Economy Strategy"), r.body());
        assertTrue(r.body().contains("<script src=\"/__press/live.js\" defer></script>"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'; script-src 'self';"));
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertFalse(r.body().contains("press-overlay\""), "no overlay while the content is valid");

        HttpResponse<String> js = Http.get(server.port(), "/__press/live.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("new EventSource('/__press/events')"));
        assertEquals(200, Http.get(server.port(), "/index.html").statusCode());
        assertTrue(Http.get(server.port(), "/site/site.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
    void answersToLocalNamesWithThePort(String name) {
        assertEquals(200, Http.status(Http.raw(server.port(), "GET", "/", name + ":" + server.port())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT", "localhost:1", "localhost", "10.0.0.1:PORT"})
    void refusesAForeignHost(String host) {
        String r = Http.raw(server.port(), "GET", "/", host.replace("PORT", Integer.toString(server.port())));
        assertEquals(421, Http.status(r), r);
        assertFalse(r.contains("Digital Economy Strategy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../../secret.txt", "/../../../press-secret.txt", "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2f..%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt",
            "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/.%2e/secret.txt",
            "/site/../../secret.txt", "/link.txt", "/linkdir/secret.txt", "/linkdir/content/strategy.yaml",
            "/%00/secret.txt", "/index.html%00.txt", "/%c0%ae%c0%ae/secret.txt", "//etc/passwd", "/etc/passwd"})
    void neverServesAFileOutsideTheSite(String target) {
        String r = Http.raw(server.port(), "GET", target, host());
        assertFalse(r.contains(SECRET), target + " leaked a file outside the site:\n" + r);
        assertFalse(r.contains("root:x:0"), target + " leaked /etc/passwd");
        int status = Http.status(r);
        assertTrue(status == 400 || status == 404, target + " answered " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.hidden.txt", "/.git/config", "/%2ehidden.txt", "/.git/", "/empty/", "/__press/", "/__press/nothing"})
    void dotfilesAndFoldersWithoutAnIndexAreNotFound(String target) {
        String r = Http.raw(server.port(), "GET", target, host());
        assertEquals(404, Http.status(r), r);
        assertFalse(r.contains(SECRET));
    }

    @Test
    void aFolderWithoutSlashIsRedirectedNotListed() {
        String r = Http.raw(server.port(), "GET", "/empty", host());
        assertEquals(301, Http.status(r), r);
        assertTrue(r.contains("Location: /empty/") || r.contains("location: /empty/"), r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "TRACE"})
    void onlyGetAndHead(String method) {
        assertEquals(405, Http.status(Http.raw(server.port(), method, "/", host())));
        String head = Http.raw(server.port(), "HEAD", "/", host());
        assertEquals(200, Http.status(head));
        assertFalse(head.contains("<html"), "HEAD sends no body");
    }
}
