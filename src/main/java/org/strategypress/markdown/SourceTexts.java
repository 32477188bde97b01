package org.strategypress.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The text of content files, read when a diagnostic must be placed in one, once per file (CRLF read as LF). */
public final class SourceTexts {

    private final Map<Path, String> texts = new HashMap<>();

    /** The file's text, or null when it cannot be read. */
    public synchronized String text(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                String s = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                if (s.startsWith("\uFEFF")) s = s.substring(1);
                return s.replace("\r\n", "\n");
            } catch (IOException e) {
                return null;
            }
        });
    }
}
