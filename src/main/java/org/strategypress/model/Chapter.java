package org.strategypress.model;

/**
 * A Markdown chapter of a module. {@code body} is the Markdown after the front matter;
 * {@code bodyLine} is the 1-based line of the file where the body starts.
 */
public record Chapter(String title, int order, String body, int bodyLine, String slug, SourcePosition at) {
}
