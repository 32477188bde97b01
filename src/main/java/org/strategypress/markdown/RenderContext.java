package org.strategypress.markdown;

import java.util.List;
import java.util.function.Function;

/**
 * What one rendering of Markdown needs to know about where it lands: how to link an id, where images are
 * served from, and how to number headings.
 *
 * @param links        id to link, or null when the id is unknown
 * @param imageSource  the src written by the writer to the src in the output, or null to drop the image
 * @param headingShift added to each Markdown heading level (a chapter's {@code ##} becomes h3 with shift 1)
 * @param idPrefix     prefix of heading anchors, so anchors are unique across chapters
 * @param figures      the value of an inline {@code {{figure NAME}}}, or null when there is no such figure
 * @param sourceFile   the file the Markdown comes from, as the source map names it (relative to the content
 *                     folder), or null: then blocks carry no {@code data-src}
 * @param firstLine    the line of that file where the Markdown's first line stands
 * @param headingIds   the anchors of the headings by position, or empty: a translated chapter's headings take its
 *                     source chapter's anchors, so that a link to a section is the same in every language
 */
public record RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource,
                            int headingShift, String idPrefix, Function<String, String> figures, String sourceFile,
                            int firstLine, List<String> headingIds) {

    public RenderContext {
        headingIds = List.copyOf(headingIds);
    }

    /** A context whose headings get anchors from their own text. */
    public RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource,
                         int headingShift, String idPrefix, Function<String, String> figures, String sourceFile,
                         int firstLine) {
        this(links, imageSource, headingShift, idPrefix, figures, sourceFile, firstLine, List.of());
    }

    /** The same rendering with headings anchored as given (a translated chapter takes its source's anchors). */
    public RenderContext withHeadingIds(List<String> ids) {
        return new RenderContext(links, imageSource, headingShift, idPrefix, figures, sourceFile, firstLine, ids);
    }

    /** A rendering with figures whose blocks do not say where they were written (prose fields of YAML entities). */
    public RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource, int headingShift,
                         String idPrefix, Function<String, String> figures) {
        this(links, imageSource, headingShift, idPrefix, figures, null, 0);
    }

    /** A rendering with no figures, whose blocks say where they were written. */
    public RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource, int headingShift,
                         String idPrefix, String sourceFile, int firstLine) {
        this(links, imageSource, headingShift, idPrefix, name -> null, sourceFile, firstLine);
    }

    /** {@code file:line:column} of a Markdown line and column, for a block's {@code data-src}. */
    String source(int markdownLine, int column) {
        return sourceFile + ":" + (firstLine + markdownLine - 1) + ":" + column;
    }

    /** A context where no figure is known. */
    public RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource, int headingShift,
                         String idPrefix) {
        this(links, imageSource, headingShift, idPrefix, name -> null);
    }

    /**
     * Where an id links to and what the link shows; {@code citation} is the label of a citation (such as
     * {@code [3]}) when the id is a cited reference, else null.
     */
    public record EntityLink(String href, String id, String title, String citation) {
        /** A link that is not a citation. */
        public EntityLink(String href, String id, String title) {
            this(href, id, title, null);
        }
    }
}
