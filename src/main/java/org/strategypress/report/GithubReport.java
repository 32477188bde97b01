package org.strategypress.report;

import java.io.PrintWriter;
import java.util.List;

import org.strategypress.model.Diagnostic;

/**
 * GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations on the files:
 * {@code ::error file=F,line=L,col=C,title=CODE::MESSAGE} ({@code warning}; {@code notice} for infos), then
 * the text summary as a plain line.
 */
public final class GithubReport implements DiagnosticReport {

    @Override
    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) out.println(command(d));
        out.println(TextReport.summary(diagnostics));
        out.flush();
    }

    static String command(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(kind).append(" file=").append(property(Paths.slashed(d.at().file())));
        if (d.at().line() > 0) {
            b.append(",line=").append(d.at().line());
            if (d.at().column() > 0) b.append(",col=").append(d.at().column());
        }
        b.append(",title=").append(property(d.code()));
        StringBuilder message = new StringBuilder(d.message());
        for (Diagnostic.Note n : d.notes()) message.append(" (note: ").append(n.message()).append(" at ")
                .append(Paths.slashed(n.at().file())).append(n.at().line() > 0 ? ":" + n.at().line() : "").append(')');
        return b.append("::").append(data(message.toString())).toString();
    }

    /** Escapes a message as GitHub's runner unescapes it: {@code %}, CR and LF; other controls are shown as \\uXXXX. */
    static String data(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> b.append("%25");
                case '\r' -> b.append("%0D");
                case '\n' -> b.append("%0A");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A property value: as a message, and {@code :} and {@code ,} too, which would end it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
