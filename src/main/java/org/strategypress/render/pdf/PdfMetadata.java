package org.strategypress.render.pdf;

import java.time.Instant;

/**
 * What the PDF says about itself, in the info dictionary, the XMP packet and the catalog {@code /Lang}.
 * The date is written as creation and modification date: the same date and the same HTML give the same bytes.
 *
 * @param title    document title (dc:title); required, PDF/UA shows it in the window title
 * @param author   author or issuing body (dc:creator), may be empty
 * @param subject  one-line description (dc:description), may be empty
 * @param keywords comma-separated keywords (pdf:Keywords), may be empty
 * @param language BCP 47 language tag, e.g. {@code az} or {@code en-GB}; required
 * @param date     the document date, used for every date in the file; required
 * @param producer the producing tool, e.g. {@code strategy-press 0.1.0}, may be empty
 */
public record PdfMetadata(String title, String author, String subject, String keywords,
                          String language, Instant date, String producer) {

    public PdfMetadata {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title is required");
        if (language == null || language.isBlank()) throw new IllegalArgumentException("language is required");
        if (date == null) throw new IllegalArgumentException("date is required");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
        producer = producer == null ? "" : producer;
    }
}
