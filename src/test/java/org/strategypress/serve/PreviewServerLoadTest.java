package org.strategypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.testing.StrategyFixture;

/**
 * A bounded load on loopback while the site is rebuilt: a few clients fetch pages while a writer saves several
 * times. Every answer is a 200 with a whole page (never an error, never a page cut short); the test stops by
 * itself after a fixed number of requests and rebuilds. Functional, not timed.
 */
class PreviewServerLoadTest {

    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 75;
    private static final int REBUILDS = 4;
    private static final List<String> PAGES = List.of("/", "/module-1.html", "/SKILLS.html", "/kpis.html", "/search-index.js");

    @TempDir
    Path dir;

    @Test
    void clientsGetWholePagesWhileTheSiteIsRebuilt() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir);
        Path templates = Templates.copy(dir);
        List<BuildOutcome> builds = new CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            try (PreviewServer server = PreviewServer.start(strategy.content(), templates, 0, builds::add);
                 Http.Events events = new Http.Events(server.port())) {
                int port = server.port();
                assertNotNull(events.await(": connected", Duration.ofSeconds(20)), "the event stream opens");
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                AtomicInteger served = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                try {
                    List<Future<?>> clients = new java.util.ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        int client = c;
                        clients.add(pool.submit(() -> {
                            for (int i = 0; i < REQUESTS_PER_CLIENT && !stop.get(); i++) {
                                String path = PAGES.get((client + i) % PAGES.size());
                                HttpResponse<String> r = Http.get(port, path);
                                served.incrementAndGet();
                                String body = r.body();
                                boolean whole = path.endsWith(".js") ? body.length() > 100
                                        : body.contains("<html") && body.contains("</html>");
                                if (r.statusCode() != 200 || !whole) failures.add(path + " -> " + r.statusCode() + ", " + body.length() + " chars");
                            }
                        }));
                    }
                    for (int b = 1; b <= REBUILDS; b++) {
                        strategy.write("content/pillars.yaml", StrategyFixture.PILLARS.replace("title: Digital skills",
                                "title: Digital skills, edit " + b));
                        assertNotNull(events.await("event: reload", Duration.ofSeconds(30)), "a reload after save " + b);
                    }
                    for (Future<?> f : clients) f.get();
                } finally {
                    stop.set(true);
                    pool.shutdownNow();
                }
                assertEquals(List.of(), List.copyOf(failures), "requests that failed or got a partial page");
                assertEquals(CLIENTS * REQUESTS_PER_CLIENT, served.get());
                assertTrue(builds.stream().allMatch(BuildOutcome::ok), builds.toString());
                assertTrue(Http.get(port, "/").body().contains("edit " + REBUILDS), "the last edit is served");
            }
        });
    }
}
