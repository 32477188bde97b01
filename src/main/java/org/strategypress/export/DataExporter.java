package org.strategypress.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.strategypress.model.Strategy;
import org.strategypress.report.Json;

/** Writes the machine-readable exports into {@code out/data/}: {@code strategy.json}, {@code kpis.csv} and {@code initiatives.csv}. */
public final class DataExporter {

    private DataExporter() {
    }

    /** Writes the exports; returns the files written. Throws UncheckedIOException if they cannot be written. */
    public static List<Path> write(Strategy s, ExportInfo info, Path contentRoot, Path out) {
        Path dir = out.resolve("data");
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve("strategy.json");
            Path csv = dir.resolve("kpis.csv");
            Files.writeString(json, Json.text(StrategyJson.of(s, info, contentRoot)), StandardCharsets.UTF_8);
            Files.writeString(csv, KpiCsv.of(s), StandardCharsets.UTF_8);
            Path initiatives = dir.resolve("initiatives.csv");
            Files.writeString(initiatives, InitiativeCsv.of(s), StandardCharsets.UTF_8);
            return List.of(json, csv, initiatives);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }
}
