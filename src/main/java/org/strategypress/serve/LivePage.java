package org.strategypress.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategypress.model.Diagnostic;

/**
 * What the preview adds to every HTML page: the reload script and the overlay stylesheet (served by the
 * preview itself, never from elsewhere), and, when the last rebuild failed, an overlay listing its problems.
 * Everything the writer wrote is HTML-escaped.
 */
final class LivePage {

    static final String SCRIPT = "/__press/live.js";
    static final String STYLE = "/__press/live.css";

    private static final String HEAD = "<link rel=\"stylesheet\" href=\"" + STYLE + "\"><script src=\"" + SCRIPT + "\" defer></script>";
    private static final Pattern HEAD_END = Pattern.compile("(?i)</head\\s*>");
    private static final Pattern BODY_START = Pattern.compile("(?i)<body\\b[^>]*>");

    private LivePage() {
    }

    /** The page with the reload script, and the overlay when {@code problems} is not empty. */
    static String inject(String html, List<Diagnostic> problems, boolean hasGoodSite) {
        String out = html;
        Matcher h = HEAD_END.matcher(out);
        out = h.find() ? out.substring(0, h.start()) + HEAD + out.substring(h.start()) : HEAD + out;
        if (problems.isEmpty()) return out;
        String overlay = overlay(problems, hasGoodSite);
        Matcher b = BODY_START.matcher(out);
        return b.find() ? out.substring(0, b.end()) + overlay + out.substring(b.end()) : out + overlay;
    }

    /** The page served while no build has succeeded yet: only the overlay. */
    static String noSiteYet(List<Diagnostic> problems) {
        return inject("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>strategy-press preview</title></head>"
                + "<body><main><p>No build has succeeded yet.</p></main></body></html>", problems, false);
    }

    static String overlay(List<Diagnostic> problems, boolean hasGoodSite) {
        StringBuilder b = new StringBuilder(256 + problems.size() * 160);
        b.append("<div id=\"press-overlay\" role=\"alert\"><button type=\"button\" id=\"press-overlay-close\">Hide</button><h2>")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(hasGoodSite ? " in the last change; this is the last good build." : "; nothing could be built yet.")
                .append(" Save a fix and the page reloads.</h2><ol>");
        for (Diagnostic d : problems) {
            b.append("<li><code class=\"press-at\">").append(escape(d.at().toString())).append("</code> <code class=\"press-code\">")
                    .append(escape(d.severity().label())).append('[').append(escape(d.code())).append("]</code> ")
                    .append(escape(d.message())).append("</li>");
        }
        return b.append("</ol></div>").toString();
    }

    private static String escape(String s) {
        return org.jsoup.nodes.Entities.escape(s);
    }
}
