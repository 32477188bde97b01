package org.strategypress.markdown;

import org.strategypress.model.SourcePosition;

/**
 * Places what the Markdown scan of a YAML text found at the place in the file where it is written. YAML folds and
 * unquotes scalars, so the value's lines are not the file's: the n-th link to an id in the value is found as the n-th
 * such link in the file after the value's start. Falls back to the value's own line and column when the file does
 * not hold it as written (an escape inside a quoted string).
 */
public final class TextPlacer {

    private final String value;
    private final SourcePosition start;
    private final SourceTexts files;

    public TextPlacer(String value, SourcePosition start, SourceTexts files) {
        this.value = value;
        this.start = start;
        this.files = files;
    }

    public SourcePosition place(MarkdownRef r) {
        SourcePosition plain = start.at(start.line() + r.line() - 1, start.column() + r.column() - 1);
        String needle = switch (r.type()) {
            case WIKI -> "[[" + r.target();
            case LINK, IMAGE, RAW_HTML -> r.target();
            case DIRECTIVE, BAD_DIRECTIVE -> "{{";
            case TOO_DEEP, UNPARSABLE -> null;
            case FIGURE -> "{{figure";
        };
        if (needle == null || needle.isEmpty()) return plain;
        int offset = offsetOf(value, r.line(), r.column());
        int before = 0;
        for (int i = value.indexOf(needle); i >= 0 && i < offset; i = value.indexOf(needle, i + 1)) before++;
        int found = value.indexOf(needle, offset);
        if (found < 0) return plain;
        int lead = found - offset; // an image is placed at its '!', its target comes later
        String file = files.text(start.file());
        if (file == null) return plain;
        int from = offsetOf(file, start.line(), start.column());
        int at = file.indexOf(needle, from);
        for (int n = 0; n < before && at >= 0; n++) at = file.indexOf(needle, at + 1);
        return at < 0 || at - lead < from ? plain : positionOf(file, at - lead);
    }

    /** The index of 1-based {@code line} and {@code column} in {@code text} (lines end at '\n'). */
    private static int offsetOf(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line && i >= 0; l++) {
            i = text.indexOf('\n', i);
            if (i >= 0) i++;
        }
        return i < 0 ? text.length() : Math.min(text.length(), i + Math.max(0, column - 1));
    }

    private SourcePosition positionOf(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return start.at(line, index - lineStart + 1);
    }
}
