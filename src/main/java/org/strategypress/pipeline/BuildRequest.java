package org.strategypress.pipeline;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to build: the content and templates folders, the output folder, whether warnings count as errors, the
 * outputs wanted, and the options. {@code since} is a git ref, or null: when set, the site gets changes.html and the
 * PDF an annex with what changed since that ref. {@code previous} is an earlier build's output folder whose unchanged
 * files the build may link instead of writing ({@link org.strategypress.render.OutputFolder}); null means the output
 * folder itself, the build being replaced. {@code sourceLanguageOnly}: a multilingual strategy renders its source
 * language only, laid out as a single-language strategy is (what the preview server shows while a writer edits);
 * {@code previewLanguage}: with it, that language instead of the source language (the one being edited), when the
 * strategy has it; null: the source language.
 */
public record BuildRequest(Path content, Path templates, Path out, boolean strict, Set<Output> outputs, String since,
                           Path previous, boolean sourceLanguageOnly,
                           String previewLanguage) {

    public BuildRequest {
        if (outputs.isEmpty()) throw new IllegalArgumentException("a build writes at least one output");
        outputs = Set.copyOf(EnumSet.copyOf(outputs));
    }

    /** A request for every language of the strategy. */
    public BuildRequest(Path content, Path templates, Path out, boolean strict, Set<Output> outputs, String since,
                        Path previous) {
        this(content, templates, out, strict, outputs, since, previous, false, null);
    }

    /** Everything {@code press build} writes, warnings not counted as errors. */
    public static BuildRequest of(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, Output.all(), null, null);
    }

    /** The site only, in the source language only: what the preview server rebuilds on every save. */
    public static BuildRequest preview(Path content, Path templates, Path out) {
        return new BuildRequest(content, templates, out, false, Output.preview(), null, null, true, null);
    }

    /** The same request, warnings counted as errors when {@code strict}. */
    public BuildRequest strict(boolean on) {
        return new BuildRequest(content, templates, out, on, outputs, since, previous, sourceLanguageOnly, previewLanguage);
    }

    /** The same request with a changes page and annex since git ref {@code ref} (null: none). */
    public BuildRequest since(String ref) {
        return new BuildRequest(content, templates, out, strict, outputs, ref, previous, sourceLanguageOnly, previewLanguage);
    }

    /** The same request writing only these outputs. */
    public BuildRequest only(Set<Output> wanted) {
        return new BuildRequest(content, templates, out, strict, wanted, since, previous, sourceLanguageOnly, previewLanguage);
    }

    /** The same preview in {@code language} (the one a writer is editing; null: the source language). */
    public BuildRequest previewIn(String language) {
        return new BuildRequest(content, templates, out, strict, outputs, since, previous, sourceLanguageOnly, language);
    }

    /** The same request, reusing the unchanged files of the build in {@code previous}. */
    public BuildRequest reusing(Path previousBuild) {
        return new BuildRequest(content, templates, out, strict, outputs, since, previousBuild, sourceLanguageOnly, previewLanguage);
    }

    /** True when this output was asked for. */
    public boolean wants(Output o) {
        return outputs.contains(o);
    }

    /** The folder whose unchanged files this build may reuse. */
    public Path reusable() {
        return previous == null ? out : previous;
    }
}
