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
            "EXCEPTION_ITEM_AT_URI_NOT_FOUND", "LOAD_UNABLE_TO_LOAD_CSS_FROM_URI");
    /** Already reported by {@link ResourcePolicy} as {@code pdf-resource}; repeating them adds noise. */
    private static final Set<String> REPORTED_ELSEWHERE = Set.of(
            "LOAD_RESOURCE_ACCESS_REJECTED", "LOAD_URI_RESOLVER_REJECTED_LOADING_AT_URI");

    private final SourcePosition at;
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    EngineLog(SourcePosition at) {
        this.at = at;
    }

    /** Installs, once per JVM, an engine logger that prints nothing (messages still reach the consumers). */
    static synchronized void silenceGlobalLogger() {
        if (!(XRLog.getLoggerImpl() instanceof SilentLogger)) XRLog.setLoggerImpl(new SilentLogger());
        XRLog.setLoggingEnabled(true);
    }

    @Override
    public synchronized void accept(com.openhtmltopdf.util.Diagnostic d) {
        int level = d.getLevel().intValue();
        if (level < Level.WARNING.intValue()) return;
        String id = idName(d.getLogMessageId());
        if (REPORTED_ELSEWHERE.contains(id)) return;
        String message = message(d);
        if (!seen.add(id + "|" + message)) return;
        boolean missing = MISSING_THINGS.contains(id) || level >= Level.SEVERE.intValue() && d.hasError();
        String text = message + " [" + id + "]";
        diagnostics.add(missing ? Rule.PDF_ENGINE.error(at, text) : Rule.PDF_ENGINE.at(at, text));
    }

    /** Diagnostics collected so far, in the order met. */
    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private static String message(com.openhtmltopdf.util.Diagnostic d) {
        String m;
        try {
            m = d.getFormattedMessage();
        } catch (RuntimeException e) {
            m = d.getLogMessageId().getMessageFormat();
        }
        if (d.hasError() && d.getError() != null && d.getError().getMessage() != null)
            m = m + ": " + d.getError().getMessage();
        return m.replaceAll("\\s+", " ").trim();
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
