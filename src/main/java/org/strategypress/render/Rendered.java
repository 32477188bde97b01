package org.strategypress.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;

/** What one renderer wrote: its files (in file-name order) and the problems it met. */
public record Rendered(List<Path> files, List<Diagnostic> diagnostics) {

    public Rendered {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The files now under {@code dir} (a renderer's own folder of a fresh build), with these problems. */
    public static Rendered of(Path dir, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(dir)) return new Rendered(List.of(), diagnostics);
        try (Stream<Path> walk = Files.walk(dir)) {
            return new Rendered(walk.filter(Files::isRegularFile).sorted().toList(), diagnostics);
        } catch (IOException e) {
            throw new RenderException(Rule.OUTPUT.at(SourcePosition.of(dir), "cannot list what was written: " + e.getMessage()));
        }
    }
}
