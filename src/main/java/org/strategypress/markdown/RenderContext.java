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
 * @param headingIds   the anchors of the headings by position, or empty: a translated chapter's headings take its
 *                     source chapter's anchors, so that a link to a section is the same in every language
 */
public record RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource,
                            int headingShift, String idPrefix, List<String> headingIds) {

    public RenderContext {
        headingIds = List.copyOf(headingIds);
    }

    /** A context whose headings get anchors from their own text. */
    public RenderContext(Function<String, EntityLink> links, Function<String, String> imageSource, int headingShift,
                         String idPrefix) {
        this(links, imageSource, headingShift, idPrefix, List.of());
    }

    /** Where an id links to and what the link shows. */
    public record EntityLink(String href, String id, String title) {
    }
}
