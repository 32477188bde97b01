package org.strategypress.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Severity;

/**
 * {@code {"diagnostics": [{severity, code, message, file, line, column}...], "summary": {errors, warnings,
 * infos}}}. Paths use forward slashes; line and column are 0 when the problem concerns a whole file.
 */
public final class JsonReport implements DiagnosticReport {

    @Override
    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode o = list.addObject();
            o.put("severity", d.severity().label());
            o.put("code", d.code());
            o.put("message", d.message());
            o.put("file", Paths.slashed(d.at().file()));
            o.put("line", d.at().line());
            o.put("column", d.at().column());
            if (!d.notes().isEmpty()) {
                ArrayNode notes = o.putArray("notes");
                for (Diagnostic.Note n : d.notes()) {
                    ObjectNode x = notes.addObject();
                    x.put("message", n.message());
                    x.put("file", Paths.slashed(n.at().file()));
                    x.put("line", n.at().line());
                    x.put("column", n.at().column());
                }
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", TextReport.count(diagnostics, Severity.ERROR));
        summary.put("warnings", TextReport.count(diagnostics, Severity.WARNING));
        summary.put("infos", TextReport.count(diagnostics, Severity.INFO));
        Json.print(root, out);
    }
}
