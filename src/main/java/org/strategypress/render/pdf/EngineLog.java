package org.strategypress.render.pdf;

import org.strategypress.model.Rule;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;

/**
 * Turns OpenHTMLtoPDF's log messages into {@code pdf-engine} diagnostics for one render.
 *
 * <p>The engine logs through a global {@link XRLogger} and, in the same call, hands each message to the
 * per-thread consumer registered with {@code withDiagnosticConsumer}. {@link #silenceGlobalLogger()}
 * installs a logger that prints nothing, so messages reach only the consumer and never stderr.
 *
 * <p>Each message is reported where the writer can act on it ({@link StagedNames}): a message about an image at
 * the Markdown line placing it, one about a stylesheet or font at its template file, others at the print
 * template; it names files by the path the writer knows, never the staging folder, and gives the innermost
 * cause's words rather than an enclosing exception's "null".
 */
final class EngineLog implements Consumer<com.openhtmltopdf.util.Diagnostic> {


    /** Message ids that mean something the reader would miss: a font or an image that did not load. */
    private static final Set<String> MISSING_THINGS = Set.of(
            "INIT_FONT_COULD_NOT_BE_LOADED", "RENDER_FONT_IS_NULL", "RENDER_FONT_LIST_IS_EMPTY",
            "EXCEPTION_COULD_NOT_LOAD_FONT", "EXCEPTION_COULD_NOT_LOAD_FONT_FACE", "EXCEPTION_COULD_NOT_LOAD_FONT_METRICS",
            "EXCEPTION_FONT_METRICS_NOT_AVAILABLE", "RENDER_BUG_FONT_DIDNT_CONTAIN_EXPECTED_CHARACTER",
            "GENERAL_PDF_SPECIFIED_FONTS_DONT_CONTAIN_A_SPACE_CHARACTER",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI", "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND",
            "EXCEPTION_FAILED_TO_LOAD_BACKGROUND_IMAGE_AT_URI", "LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI",
            "EXCEPTION_ITEM_AT_URI_NOT_FOUND", "LOAD_UNABLE_TO_LOAD_CSS_FROM_URI",
            "EXCEPTION_SVG_COULD_NOT_DRAW", "LOAD_SVG_IMAGE_HAS_NO_USABLE_SIZE");
    /** Already reported by {@link ResourcePolicy} as {@code pdf-resource}; repeating them adds noise. */
    private static final Set<String> REPORTED_ELSEWHERE = Set.of(
            "LOAD_RESOURCE_ACCESS_REJECTED", "LOAD_URI_RESOLVER_REJECTED_LOADING_AT_URI");

    private final StagedNames names;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** The image the engine is drawing on this thread (its src in the print HTML), for messages that name none. */
    private static final ThreadLocal<String> DRAWING = new ThreadLocal<>();

    EngineLog(StagedNames names) {
        this.names = names;
    }

    /** Installs, once per JVM, an engine logger that prints nothing (messages still reach the consumers). */
    static synchronized void silenceGlobalLogger() {
        if (!(XRLog.getLoggerImpl() instanceof SilentLogger)) XRLog.setLoggerImpl(new SilentLogger());
        XRLog.setLoggingEnabled(true);
    }

    /** Runs {@code work} with {@code src} as the image being drawn, so that a message without a URI names it. */
    static <T> T drawing(String src, java.util.function.Supplier<T> work) {
        String before = DRAWING.get();
        DRAWING.set(src);
        try {
            return work.get();
        } finally {
            if (before == null) DRAWING.remove();
            else DRAWING.set(before);
        }
    }

    @Override
    public synchronized void accept(com.openhtmltopdf.util.Diagnostic d) {
        int level = d.getLevel().intValue();
        if (level < Level.WARNING.intValue()) return;
        String id = idName(d.getLogMessageId());
        if (REPORTED_ELSEWHERE.contains(id)) return;
        String uri = uriArgument(d);
        if (uri == null) uri = DRAWING.get();
        SourcePosition at = uri == null ? names.document() : names.at(uri);
        String message = message(id, d, uri == null ? null : names.name(uri));
        if (id.equals("CSS_PARSE_GENERIC_MESSAGE")) {
            // "(print/print.css) x is an unrecognized CSS property at line 37. Ignoring declaration."
            String prefix = "(" + (uri == null ? "" : names.name(uri)) + ") ";
            if (message.startsWith(prefix)) message = message.substring(prefix.length());
            int cut = message.indexOf(" at line ");
            if (cut > 0) {
                int end = cut + " at line ".length();
                int digits = end;
                while (digits < message.length() && Character.isDigit(message.charAt(digits))) digits++;
                if (digits > end && digits - end <= 7) {
                    at = at.at(Integer.parseInt(message.substring(end, digits)), 1);
                    message = message.substring(0, cut) + message.substring(digits);
                }
            }
        }
        if (!seen.add(id + "|" + at + "|" + message)) return;
        boolean missing = MISSING_THINGS.contains(id) || level >= Level.SEVERE.intValue() && d.hasError();
        String text = message + " [" + id + "]";
        diagnostics.add(missing ? Rule.PDF_ENGINE.error(at, text) : Rule.PDF_ENGINE.at(at, text));
    }

    /** Diagnostics collected so far, in the order met. */
    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The first argument that is a URI or path of a file of the document, or null. */
    private String uriArgument(com.openhtmltopdf.util.Diagnostic d) {
        Object[] args = d.getArgs();
        if (args == null) return null;
        for (Object a : args)
            if (a instanceof String s && (names.relative(s) != null || s.startsWith("file:"))) return s;
        return null;
    }

    /** The engine's message as a writer can act on it: the file by the name they know, no staging folder, no "null". */
    private String message(String id, com.openhtmltopdf.util.Diagnostic d, String name) {
        String what = name == null ? "" : " '" + name + "'";
        String why = reason(d.hasError() ? d.getError() : null);
        return switch (id) {
            case "EXCEPTION_SVG_COULD_NOT_DRAW" -> "the SVG image" + what + " could not be drawn in the PDF" + why
                    + ": open it in a browser to check it, or export it again";
            case "LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI" -> "the image" + what
                    + " is not in a format the PDF can draw: use PNG, JPEG, GIF or SVG";
            case "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI" -> "the image" + what + " could not be read" + why
                    + ": it may be corrupt; export it again";
            case "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND", "EXCEPTION_ITEM_AT_URI_NOT_FOUND" -> "the file" + what + " was not found";
            case "EXCEPTION_FAILED_TO_LOAD_BACKGROUND_IMAGE_AT_URI" -> "the background image" + what + " could not be loaded" + why;
            case "LOAD_UNABLE_TO_LOAD_CSS_FROM_URI" -> "the stylesheet" + what + " could not be loaded" + why;
            case "GENERAL_PDF_ACCESSIBILITY_NO_ALT_ATTRIBUTE_PROVIDED_FOR_IMAGE" -> "an image" + what
                    + " has no text alternative: describe it, as in ![what the image shows](file)";
            default -> {
                String m;
                try {
                    m = d.getFormattedMessage();
                } catch (RuntimeException e) {
                    m = d.getLogMessageId().getMessageFormat();
                }
                yield oneLine(names.scrub(m)) + why;
            }
        };
    }

    /**
     * ": " and the most telling message of {@code error}'s causes, or "" when none has one: Batik's exceptions
     * wrap others and print "null" and "Enclosed Exception" when the one they wrap has no message.
     */
    private String reason(Throwable error) {
        String best = null;
        java.util.Set<Throwable> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = error; t != null && met.add(t); t = next(t)) {
            String m = t instanceof org.apache.batik.transcoder.TranscoderException ? null : t.getMessage();
            if (m == null) continue;
            m = withoutUnknownPlace(oneLine(names.scrub(m)));
            if (m.isEmpty() || m.equals("null") || m.contains("Enclosed Exception")) continue;
            best = m;
        }
        return best == null ? "" : ": " + best;
    }

    /** Batik starts a message with the SVG's URI and line, "null:-1" for an image given as a document. */
    private static String withoutUnknownPlace(String m) {
        if (!m.startsWith("null:")) return m;
        int i = 5;
        while (i < m.length() && (m.charAt(i) == '-' || Character.isDigit(m.charAt(i)))) i++;
        return m.substring(i).trim();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof org.apache.batik.transcoder.TranscoderException te && te.getException() != null) return te.getException();
        return t.getCause();
    }

    private static String oneLine(String m) {
        return m == null ? "" : m.replaceAll("\\s+", " ").trim();
    }

    private static String idName(LogMessageId id) {
        return id.getEnum() != null ? id.getEnum().name() : String.valueOf(id.getWhere());
    }

    /** Prints nothing; says "enabled" so that the engine builds each message for the consumer. */
    private static final class SilentLogger implements XRLogger {
        @Override public void log(String where, Level level, String msg) { }
        @Override public void log(String where, Level level, String msg, Throwable th) { }
        @Override public void setLevel(String logger, Level level) { }
        @Override public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) { return false; }
    }
}
