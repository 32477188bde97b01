package org.strategypress.render.word;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Word copy says, block by block, before it is written as WordprocessingML ({@link DocumentXml}): paragraphs
 * of runs, bookmarks and links, and tables of such paragraphs. Only what the Word copy uses is here; held as plain
 * objects, the document costs a fraction of POI's XML object tree (the Word copy took some 0.7 s of CPU through it).
 */
final class WordBlocks {

    private WordBlocks() {
    }

    /** A block of the body: a paragraph or a table. */
    sealed interface Block permits Para, Table {
    }

    /** Something inside a paragraph: a run, a bookmark's start or end, or a link. */
    sealed interface Item permits Run, BookmarkStart, BookmarkEnd, Link {
    }

    /** A paragraph of Word style {@code style} (null: none, as in table cells), its items in order. */
    static final class Para implements Block {
        final String style;
        final List<Item> items = new ArrayList<>();

        Para(String style) {
            this.style = style;
        }

        /** A new run at the end. */
        Run run() {
            Run r = new Run();
            items.add(r);
            return r;
        }

        /** True when something has been written into this paragraph besides bookmarks. */
        boolean hasText() {
            for (Item i : items) if (i instanceof Run || i instanceof Link) return true;
            return false;
        }

        /** A link at the end: to bookmark {@code anchor}, or to the address {@code href} outside (the other null). */
        Run link(String anchor, String href) {
            Link l = new Link(anchor, href, new Run());
            items.add(l);
            return l.run();
        }
    }

    /** What a run holds besides its text properties: text, a line break, a field's parts, a footnote's number, a picture. */
    sealed interface Content permits Text, Break, FieldChar, FieldCode, FootnoteReference, FootnoteMark, Picture {
    }

    /** Text, kept as written. */
    record Text(String text) implements Content {}

    /** A line break. */
    record Break() implements Content {}

    /** A field's begin, separate or end mark ({@code begin}, {@code separate}, {@code end}). */
    record FieldChar(String type) implements Content {}

    /** A field's instruction, such as {@code TOC \o "1-3"}. */
    record FieldCode(String code) implements Content {}

    /** The reference to footnote {@code id} in the text. */
    record FootnoteReference(long id) implements Content {}

    /** The footnote's own number, at the start of the footnote. */
    record FootnoteMark() implements Content {}

    /**
     * A picture shown inline at {@code widthEmu} x {@code heightEmu}, its PNG bytes {@code png}, described by
     * {@code alt}; {@code n} counts the pictures from 0.
     */
    record Picture(byte[] png, long widthEmu, long heightEmu, String alt, int n) implements Content {}

    /** A run: its character style and direct formatting, and what it holds. */
    static final class Run implements Item {
        String style;
        boolean bold;
        boolean italic;
        String font;
        boolean superscript;
        final List<Content> content = new ArrayList<>();

        /** Adds {@code text}; returns this run. */
        Run text(String text) {
            content.add(new Text(text));
            return this;
        }

        void add(Content c) {
            content.add(c);
        }
    }

    /** The start of bookmark {@code name}, numbered {@code id}. */
    record BookmarkStart(long id, String name) implements Item {}

    /** The end of bookmark {@code id}. */
    record BookmarkEnd(long id) implements Item {}

    /** A link to bookmark {@code anchor} or to {@code href} (the other null), its text in {@code run}. */
    record Link(String anchor, String href, Run run) implements Item {}

    /** A table over the text's width, {@code columns} wide, its rows in order. */
    static final class Table implements Block {
        final int columns;
        final List<Row> rows = new ArrayList<>();

        Table(int columns) {
            this.columns = columns;
        }

        /** A new row of {@code columns} cells, each an empty paragraph; {@code header}: repeated on every page. */
        Row row(boolean header) {
            Row r = new Row(header, new ArrayList<>());
            for (int i = 0; i < columns; i++) r.cells().add(new Para(null));
            rows.add(r);
            return r;
        }
    }

    /** A table row: its cells, one paragraph each. */
    record Row(boolean header, List<Para> cells) {}
}
