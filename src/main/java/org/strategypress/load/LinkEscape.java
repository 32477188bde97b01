package org.strategypress.load;

import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;

/**
 * YAML and Markdown are read only from inside the content folder: a file or folder reached through a symbolic
 * link whose target lies outside it is refused, with an error at the link. A link that stays inside is read.
 */
final class LinkEscape {

    private LinkEscape() {
    }

    /**
     * Whether {@code file} (under the content folder whose real path is {@code realRoot}) really lies outside
     * it; if so, reports it at the link. A file that does not exist is left to the caller.
     */
    static boolean leaves(Path realRoot, Path file, List<Diagnostic> problems) {
        if (!Files.exists(file)) return false;
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return false; // the reader says why it cannot be read
        }
        if (real.startsWith(realRoot)) return false;
        String target = "";
        try {
            if (Files.isSymbolicLink(file)) target = " (to " + Files.readSymbolicLink(file) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            // the target stays unnamed
        }
        problems.add(Rule.BROKEN_LINK.at(SourcePosition.of(DisplayPaths.of(file)),
                "symbolic link out of the content folder" + target + ": not read; put the file itself under the content folder"));
        return true;
    }
}
