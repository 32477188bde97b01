package org.strategypress.markdown;

/**
 * Something in Markdown that points elsewhere, found for validation: a {@code [[ID]]}, a link, an image, or a
 * directive, or an inline {@code {{figure NAME}}} (FIGURE, its name as target). {@code line} and {@code column} are 1-based within the Markdown text.
 */
public record MarkdownRef(Type type, String target, Directive directive, int line, int column) {

    public enum Type { WIKI, LINK, IMAGE, DIRECTIVE, BAD_DIRECTIVE, RAW_HTML, TOO_DEEP,
        /** A shape the parser is not given (see ShapeGuard); the target is the message. */
        UNPARSABLE,
        /** An inline {{figure NAME}}; the target is the name. */
        FIGURE }
}
