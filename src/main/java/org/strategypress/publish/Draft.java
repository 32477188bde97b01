package org.strategypress.publish;

/**
 * One published draft as {@code drafts/<dir>/draft.json} records it, and as the drafts index shows it.
 * Paths are relative to the draft's folder; {@code review} (the review copy PDF) and {@code word} (the Word copy)
 * are null for a draft published before they existed; {@code since}, {@code changes} and {@code changesHtml} are null
 * when it was published without {@code --since}. {@code decision}, {@code decidedBy} and {@code decidedOn} are
 * the draft's latest review (document control), all null when it had none.
 */
public record Draft(String dir, String version, String status, String date, String commit, String title,
                    String pdf, String review, String word, String site, String since, String changes, String changesJson, String changesHtml,
                    String publishedAt, String decision, String decidedBy, String decidedOn) {

    /** A draft without document control, review copy or Word copy. */
    public Draft(String dir, String version, String status, String date, String commit, String title, String pdf,
                 String site, String since, String changes, String changesJson, String changesHtml, String publishedAt) {
        this(dir, version, status, date, commit, title, pdf, null, null, site, since, changes, changesJson, changesHtml,
                publishedAt, null, null, null);
    }

    /** A link from the site's root to a file of this draft. */
    public String href(String path) {
        return path == null ? null : "drafts/" + dir + "/" + path;
    }

    public String pdfHref() {
        return href(pdf);
    }

    /** The review copy (not PDF/A, paragraph numbers in the margin), or null when the draft has none. */
    public String reviewHref() {
        return href(review);
    }

    /** The Word copy, or null when the draft has none. */
    public String wordHref() {
        return href(word);
    }

    public String siteHref() {
        return href(site);
    }

    public String changesHref() {
        return href(changesHtml != null ? changesHtml : changes);
    }
}
