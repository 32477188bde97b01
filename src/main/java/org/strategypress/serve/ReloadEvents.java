package org.strategypress.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events at {@code /__press/events}: every open page holds one stream and gets a {@code reload}
 * event after each rebuild. A comment line every few seconds notices pages that were closed.
 */
final class ReloadEvents {

    private static final String STOP = "";
    private final CopyOnWriteArrayList<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final long keepAliveMillis;

    ReloadEvents(long keepAliveMillis) {
        this.keepAliveMillis = keepAliveMillis;
    }

    /** Tells every open page to reload; {@code data} is the build generation. */
    void reload(int generation) {
        String event = "event: reload\ndata: " + generation + "\n\n";
        for (BlockingQueue<String> q : clients) q.offer(event);
    }

    /** Holds the exchange open and streams events to it until the page goes away or the server stops. */
    void stream(HttpExchange ex) throws IOException {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        clients.add(q);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String event = q.poll(keepAliveMillis, TimeUnit.MILLISECONDS);
                if (STOP.equals(event)) break;
                out.write((event == null ? ": keep-alive\n\n" : event).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed
        } finally {
            clients.remove(q);
        }
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        for (BlockingQueue<String> q : clients) q.offer(STOP);
    }

    int openStreams() {
        return clients.size();
    }
}
