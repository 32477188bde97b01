package org.strategypress.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.model.Diagnostic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code press serve}: builds the site into a private folder, serves it on 127.0.0.1 only, rebuilds when a
 * file under content/ or templates/ changes, and tells open pages to reload. A failed rebuild keeps the last
 * good site and shows its problems in an overlay on every page. Only GET and HEAD, only Host headers naming
 * this machine (against DNS rebinding), only files inside the site, no listings, no dotfiles.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long the watcher waits for quiet before rebuilding. */
    public static final long DEBOUNCE_MILLIS = 100;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final PreviewBuilder builder;
    private final ReloadEvents events = new ReloadEvents(5_000);
    private final Consumer<BuildOutcome> log;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ChangeWatcher watcher;
    private final Set<String> hosts;

    private PreviewServer(Path content, Path templates, int port, Consumer<BuildOutcome> log) throws IOException {
        this.builder = new PreviewBuilder(content, templates);
        this.log = log;
        log.accept(builder.rebuild());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        int bound = http.getAddress().getPort();
        this.hosts = Set.of("localhost:" + bound, "127.0.0.1:" + bound, "[::1]:" + bound);
        this.threads = Executors.newCachedThreadPool(DaemonThreads.named("press-serve"));
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        // the templates folder only when the project has one: else the built-in templates, which do not change
        this.watcher = new ChangeWatcher(java.nio.file.Files.isDirectory(builder.templates())
                ? List.of(builder.content(), builder.templates()) : List.of(builder.content()), DEBOUNCE_MILLIS, this::rebuild);
    }

    /**
     * Builds the site once, then serves it on 127.0.0.1:{@code port} ({@code 0} picks a free port) and watches
     * for changes. {@code log} hears of every build, the first included.
     */
    public static PreviewServer start(Path content, Path templates, int port, Consumer<BuildOutcome> log) throws IOException {
        PreviewServer s = new PreviewServer(content, templates, port, log);
        s.http.start();
        s.watcher.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The latest build, good or not. */
    public BuildOutcome lastBuild() {
        return builder.last().orElseThrow();
    }

    /** The private folder the site is built in. */
    public Path workFolder() {
        return builder.workFolder();
    }

    /** The folder of the site being served (tests plant files there). */
    Optional<Path> siteFolder() {
        return builder.site();
    }

    /** How many pages are listening for reloads now. */
    int openEventStreams() {
        return events.openStreams();
    }

    private void rebuild(List<Path> changed) {
        builder.follow(changed);
        BuildOutcome outcome = builder.rebuild();
        log.accept(outcome);
        events.reload(outcome.generation());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            String host = ex.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                text(ex, 421, "This preview answers only to localhost, 127.0.0.1 or [::1] with its port.");
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "Only GET and HEAD.");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.startsWith("/__press/")) ownFile(ex, path);
            else siteFile(ex, path);
        } catch (IOException | RuntimeException e) {
            // the page went away mid-answer, or a file vanished between two rebuilds: nothing to tell anyone
        }
    }

    private void ownFile(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/__press/events" -> {
                if (ex.getRequestMethod().equals("HEAD")) send(ex, 200, "text/event-stream", new byte[0]);
                else events.stream(ex);
            }
            case LivePage.SCRIPT -> send(ex, 200, TYPES.get("js"), resource("live.js"));
            case LivePage.STYLE -> send(ex, 200, TYPES.get("css"), resource("live.css"));
            default -> text(ex, 404, "Not found.");
        }
    }

    private void siteFile(HttpExchange ex, String path) throws IOException {
        Optional<Path> site = builder.site();
        List<Diagnostic> problems = builder.last().filter(b -> !b.ok()).map(BuildOutcome::errors).orElse(List.of());
        if (site.isEmpty()) {
            send(ex, 503, TYPES.get("html"), LivePage.noSiteYet(problems).getBytes(StandardCharsets.UTF_8));
            return;
        }
        SitePaths.Target target = SitePaths.resolve(site.get(), path);
        if (target instanceof SitePaths.AddSlash slash) {
            ex.getResponseHeaders().set("Location", slash.location());
            send(ex, 301, TYPES.get("txt"), new byte[0]);
        } else if (target instanceof SitePaths.FileTarget file) {
            String type = type(file.file());
            byte[] body = Files.readAllBytes(file.file());
            if (type.startsWith("text/html"))
                body = LivePage.inject(new String(body, StandardCharsets.UTF_8), problems, true).getBytes(StandardCharsets.UTF_8);
            send(ex, 200, type, body);
        } else {
            text(ex, 404, "Not found.");
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, TYPES.get("txt"), (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and watching, ends the event streams, and deletes the private build folder. */
    @Override
    public void close() {
        watcher.close();
        events.closeAll();
        http.stop(0);
        threads.shutdownNow();
        builder.close();
    }
}
