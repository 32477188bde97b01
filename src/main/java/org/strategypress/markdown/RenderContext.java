package org.strategypress.markdown;

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
 */
public record RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource,
                            int headingShift, String idPrefix, Function<String, String> figures) {

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
