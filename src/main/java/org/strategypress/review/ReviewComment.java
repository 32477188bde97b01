package org.strategypress.review;

/**
 * One thing a reviewer left in a reviewed file: a note, highlight, strike-out or reply in a PDF, a comment or a
 * tracked insertion or deletion in a Word file.
 *
 * @param file    the reviewed file's name, as given
 * @param page    the PDF page (1-based), 0 for a Word file
 * @param kind    note, highlight, strike-out, underline, reply, comment, insertion or deletion
 * @param author  who wrote it, empty when the file does not say
 * @param date    when, as the file says it (empty when it does not)
 * @param text    what the reviewer wrote (inserted or deleted text for tracked changes)
 * @param quoted  the document's text the comment is on (under a highlight, a Word comment's range), may be empty
 * @param number  the paragraph number it was placed at, or null when it could not be placed
 * @param line    the words of the line (or lines) of the page the comment is on, empty when unknown: what tells the
 *                rows of a table apart ({@link SourceMap.Entry})
 */
public record ReviewComment(String file, int page, String kind, String author, String date, String text, String quoted,
                            String number, String line) {

    /** A comment without the words of its line (a Word file's). */
    public ReviewComment(String file, int page, String kind, String author, String date, String text, String quoted,
                         String number) {
        this(file, page, kind, author, date, text, quoted, number, "");
    }

    /** The same comment placed at paragraph {@code n}. */
    public ReviewComment at(String n) {
        return new ReviewComment(file, page, kind, author, date, text, quoted, n, line);
    }

    /** True for a tracked insertion or deletion, false for a comment. */
    public boolean isChange() {
        return kind.equals("insertion") || kind.equals("deletion");
    }
}
