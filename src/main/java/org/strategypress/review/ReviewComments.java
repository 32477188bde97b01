package org.strategypress.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.strategypress.concurrent.DaemonThreads;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;

/**
 * {@code press comments}: reads every reviewed PDF and Word file, places each comment at its paragraph number and,
 * through the draft's source map, at the file, line and column it was written at. A comment that cannot be placed
 * is reported at the reviewed file with its page and text, never dropped. Each file is read under a deadline and a
 * size limit; a file that cannot be read safely is one {@code review-file} error and the others are still read.
 */
public final class ReviewComments {

    /** Larger reviewed files are refused before they are opened. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    static {
        PoiLimits.apply(); // before PDFBox or POI log anything: their Log4j API must find the quiet provider
    }

    private ReviewComments() {
    }

    /** The comments found, placed where they could be, and one diagnostic for each (and for each unreadable file). */
    public record Result(List<ReviewComment> comments, List<Diagnostic> diagnostics) {
        public Result {
            comments = List.copyOf(comments);
            diagnostics = List.copyOf(diagnostics);
        }

        /** True when a file could not be read. */
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Reads {@code files}, each within {@code deadline}, placing comments through {@code map} under {@code content}. */
    public static Result read(List<Path> files, SourceMap map, Path content, Duration deadline) {
        List<ReviewComment> all = new ArrayList<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Path f : files) {
            try {
                for (ReviewComment c : readOne(f, deadline)) {
                    ReviewComment placed = c.number() != null ? c : c.at(byText(map, c));
                    all.add(placed);
                    out.add(diagnostic(placed, map, content, f));
                }
            } catch (ReviewException e) {
                out.add(Rule.REVIEW_FILE.at(SourcePosition.of(f), e.getMessage()));
            }
        }
        return new Result(all, out);
    }

    private static List<ReviewComment> readOne(Path f, Duration deadline) {
        String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
        byte[] head = new byte[4];
        try {
            if (!Files.isRegularFile(f)) throw new ReviewException(f + ": no such file");
            if (Files.size(f) > MAX_FILE_BYTES)
                throw new ReviewException(f + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; not read");
            try (InputStream in = Files.newInputStream(f)) {
                if (in.readNBytes(head, 0, 4) < 4) throw new ReviewException(f + ": too short to be a PDF or a Word file");
            }
        } catch (IOException e) {
            throw new ReviewException(f + ": cannot be read: " + e.getMessage());
        }
        boolean pdf = head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
        boolean zip = head[0] == 'P' && head[1] == 'K';
        if (!pdf && !zip) throw new ReviewException(f + ": neither a PDF nor a Word (.docx) file");
        FutureTask<List<ReviewComment>> task = new FutureTask<>(() -> pdf ? PdfComments.read(f.toFile(), name)
                : DocxComments.read(f.toFile(), name));
        Thread worker = DaemonThreads.named("press-comments").newThread(task);
        worker.start();
        try {
            return task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            worker.interrupt();
            throw new ReviewException(f + ": reading took longer than " + deadline.toSeconds() + " s; stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewException(f + ": interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ReviewException r) throw r;
            if (c instanceof OutOfMemoryError || c instanceof StackOverflowError)
                throw new ReviewException(f + ": too large or too deeply nested to read safely");
            throw new ReviewException(f + ": cannot be read (" + c + ")");
        }
    }

    /** A comment without a number: the paragraph whose text holds the quoted text, if exactly one does. */
    private static String byText(SourceMap map, ReviewComment c) {
        String q = normal(c.quoted());
        if (q.length() < 12) return null;
        List<SourceMap.Paragraph> hits = map.paragraphs().stream().filter(p -> normal(p.text()).contains(q)).toList();
        return hits.size() == 1 ? hits.get(0).number() : null;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Diagnostic diagnostic(ReviewComment c, SourceMap map, Path content, Path reviewed) {
        Rule rule = c.isChange() ? Rule.REVIEW_CHANGE : Rule.REVIEW_COMMENT;
        String who = (c.author().isEmpty() ? "a reviewer" : c.author()) + (c.date().isEmpty() ? "" : " (" + c.date() + ")");
        String what = c.text().isEmpty() ? "" : ": " + oneLine(c.text(), 500);
        String on = c.quoted().isEmpty() ? "" : " on \"" + oneLine(c.quoted(), 80) + "\"";
        Optional<SourceMap.Entry> entry = EntryMatch.of(map, c);
        if (entry.isPresent()) {
            SourceMap.Place at = entry.get().at();
            return rule.at(new SourcePosition(content.resolve(at.file()), at.line(), at.column()),
                    (c.number() == null ? "" : "[" + c.number() + "] ") + c.kind() + " by " + who + on + what);
        }
        SourceMap.Paragraph p = c.number() == null ? null : map.paragraph(c.number()).orElse(null);
        if (p == null || p.at().file() == null) {
            String where = c.page() > 0 ? "page " + c.page() : "the Word file";
            String why = c.number() == null ? "could not be placed at a paragraph" : "paragraph " + c.number() + " is not in the source map";
            return rule.at(SourcePosition.of(reviewed), c.kind() + " by " + who + " on " + where + " (" + why + ")" + on + what);
        }
        SourceMap.Place at = p.at();
        return rule.at(new SourcePosition(content.resolve(at.file()), at.line(), at.column()),
                "[" + c.number() + "] " + c.kind() + " by " + who + on + what);
    }

    private static String oneLine(String s, int max) {
        String t = normal(s);
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
