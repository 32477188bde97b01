package org.strategypress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

import org.strategypress.files.FileTrees;
import org.strategypress.model.Diagnostic;
import org.strategypress.model.DisplayPaths;
import org.strategypress.model.Rule;
import org.strategypress.model.SourcePosition;
import org.strategypress.review.CommentMatrix;
import org.strategypress.review.ReviewComments;
import org.strategypress.review.ReviewException;
import org.strategypress.review.SourceMap;

import org.strategypress.diff.ContentVersions;
import org.strategypress.diff.DiffEngine;
import org.strategypress.model.StrategyDiff;
import org.strategypress.generate.SyntheticStrategy;
import org.strategypress.load.ContentLoader;
import org.strategypress.load.schema.JsonSchemaWriter;
import org.strategypress.publish.Draft;
import org.strategypress.publish.DraftSite;
import org.strategypress.render.html.TemplateEngine;
import org.strategypress.render.html.TemplateSet;
import org.strategypress.scaffold.StrategyScaffold;

/**
 * What a writer does with a strategy besides building it: compare versions, publish a draft, start a strategy,
 * generate a synthetic one, write the editors' schemas. With {@link Pipeline}, the CLI's only way in.
 */
public final class Workspace {

    private Workspace() {
    }

    /** Why {@code content} cannot be the content folder, with the fix (a project root, a file, nothing), or empty. */
    public static java.util.Optional<String> contentFolderProblem(Path content) {
        return ContentLoader.folderProblem(content);
    }

    /** {@code press diff}: the content at git ref {@code from} against {@code to} (null: the working tree), written in {@code format}. */
    public static String diff(Path content, String from, String to, DiffFormat format) {
        try (ContentVersions versions = new ContentVersions(content)) {
            StrategyDiff d = DiffEngine.compare(versions.at(from), to == null ? versions.workingTree() : versions.at(to));
            return format.write(d);
        }
    }

    /** One draft added to a drafts site. */
    public record Published(BuildResult build, String version, Path draft, Path index, int drafts) {
    }

    /**
     * {@code press publish}: builds {@code req} into a private folder and, when it succeeds, adds it (with the
     * changes the build computed, if it was asked for them) to the drafts site {@code site} and rewrites the index.
     * A failed build leaves the site as it was ({@code draft} null).
     */
    public static Published publish(Pipeline pipeline, BuildRequest req, Path site) throws IOException {
        Path work = Files.createTempDirectory("press-publish-");
        try {
            Path built = work.resolve("build");
            BuildResult r = pipeline.build(new BuildRequest(req.content(), req.templates(), built, req.strict(),
                    Output.withReview(), req.since(), null));
            if (!r.ok()) return new Published(r, null, null, null, 0);
            Files.createDirectories(site);
            DraftSite drafts = new DraftSite(site);
            Draft d = drafts.add(built, r.changes());
            Path index = drafts.writeIndex(new TemplateEngine(req.templates()));
            return new Published(r, d.version(), site.resolve("drafts").resolve(d.dir()), index, drafts.drafts().size());
        } finally {
            FileTrees.delete(work);
        }
    }

    /** What {@code press comments} found: one diagnostic per comment (and per unreadable file), and the matrix written. */
    public record Comments(List<Diagnostic> diagnostics, Path matrix) {
    }

    /**
     * {@code press comments}: reads reviewers' comments from {@code files} (reviewed PDFs and Word files), places them
     * through {@code sourceMap} (a build's data/sourcemap.json) at their source under {@code content}, and writes the
     * comments-response matrix {@code matrix} (.csv or .xlsx; null: none), keeping the responses already in it.
     */
    public static Comments comments(List<Path> files, Path content, Path sourceMap, Path matrix, Duration deadline) {
        SourcePosition mapAt = SourcePosition.of(sourceMap);
        SourceMap map;
        try {
            map = SourceMap.read(sourceMap);
        } catch (ReviewException e) {
            return new Comments(List.of(Rule.REVIEW_FILE.at(mapAt, e.getMessage()
                    + "; build the draft the reviewers read (press build) or name its map with --sourcemap")), null);
        }
        ReviewComments.Result r = ReviewComments.read(files, map, content, deadline);
        List<Diagnostic> all = new java.util.ArrayList<>(r.diagnostics());
        if (matrix != null) {
            List<String> locations = r.diagnostics().stream().filter(d -> d.rule() != Rule.REVIEW_FILE)
                    .map(d -> new SourcePosition(DisplayPaths.of(d.at().file()), d.at().line(), d.at().column()).toString()).toList();
            try {
                CommentMatrix.write(matrix, r.comments(), locations, map);
            } catch (IOException e) {
                all.add(Rule.OUTPUT.at(SourcePosition.of(matrix), "cannot write the matrix: " + e.getMessage()));
                return new Comments(all, null);
            }
        }
        return new Comments(all, matrix);
    }

    /** {@code press init}: a new strategy that validates, in {@code dir}; returns the files written. */
    public static List<Path> init(Path dir) throws IOException {
        return StrategyScaffold.writeTo(dir);
    }

    /** True when {@code content} was written by {@link #generate}, so that it may be replaced. */
    public static boolean isGenerated(Path content) throws IOException {
        return SyntheticStrategy.isGenerated(content);
    }

    /** {@code press generate}: a synthetic strategy {@code scale} times the sample into {@code content}; returns what it holds. */
    public static String generate(int scale, Path content) throws IOException {
        FileTrees.delete(content);
        return new SyntheticStrategy(scale).writeTo(content).summary();
    }

    /** {@code press templates}: the built-in templates, fonts and styles into {@code dir}, for restyling; returns the files written. */
    public static List<Path> templates(Path dir) throws IOException {
        return TemplateSet.writeBuiltIn(dir);
    }

    /** {@code press schema}: the editors' JSON Schemas into {@code dir}; returns the files written. */
    public static List<Path> schemas(Path dir) throws IOException {
        return JsonSchemaWriter.writeTo(dir);
    }
}
