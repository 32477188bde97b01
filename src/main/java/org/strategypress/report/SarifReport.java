package org.strategypress.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;

/**
 * SARIF 2.1.0 with one run: the tool driver {@code strategy-press} with every rule of the catalog, and one
 * result per diagnostic (level error, warning or note) at its file, and at its line and column when known.
 */
public final class SarifReport implements DiagnosticReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(List<Diagnostic> diagnostics, PrintWriter out) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "strategy-press");
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : Rule.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.code());
            rule.putObject("shortDescription").put("text", r.description());
            rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity().label()));
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) results.add(result(d));
        Json.print(root, out);
    }

    private static ObjectNode result(Diagnostic d) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("ruleId", d.code());
        int index = d.rule().ordinal();
        if (index >= 0) r.put("ruleIndex", index);
        r.put("level", level(d.severity().label()));
        r.putObject("message").put("text", d.message());
        location(r.putArray("locations").addObject(), d.at());
        if (!d.notes().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            for (int i = 0; i < d.notes().size(); i++) {
                ObjectNode l = related.addObject();
                l.put("id", i);
                location(l, d.notes().get(i).at());
                l.putObject("message").put("text", d.notes().get(i).message());
            }
        }
        return r;
    }

    private static void location(ObjectNode into, SourcePosition at) {
        ObjectNode physical = into.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", Paths.uri(at.file()));
        if (at.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.line());
            if (at.column() > 0) region.put("startColumn", at.column());
        }
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }
}
