package org.strategypress.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.strategypress.assets.ImageCheck;
import org.strategypress.assets.ImageLimits;
import org.strategypress.markdown.AssetResolver;

/**
 * Maps images written in Markdown to files inside the content folder, and copies the ones used into the
 * output under {@code assets/}, keeping their paths relative to the content root.
 *
 * <p>Only images that passed {@link ImageCheck} are used: one too large, corrupt or not what its name says is
 * left out (validation has reported it at the line that places it), so no engine ever decodes it. An SVG is
 * written sanitised, never copied as it is: the site and the PDF both get the copy without scripts, event
 * attributes, foreignObject, external references or DOCTYPE.
 */
public final class AssetCollector {

    private final AssetResolver resolver;
    private final Map<String, Path> used = new TreeMap<>();

    public AssetCollector(Path contentRoot) {
        this(contentRoot, ImageLimits.DEFAULT);
    }

    /** A collector whose images are held to {@code limits} (from {@code rules:}). */
    public AssetCollector(Path contentRoot, ImageLimits limits) {
        this.resolver = new AssetResolver(contentRoot, limits);
    }

    /** The src an image gets in the output, or null when it cannot be used (the validator reported why). */
    public synchronized String map(Path fromDir, String src) {
        AssetResolver.Resolution r = resolver.resolve(src, fromDir);
        if (!r.ok() || !resolver.inspect(r.file()).ok()) return null;
        String out = outputPath(r.file());
        used.put(out, r.file());
        return out;
    }

    /** Where {@code file}, inside the content root, lands in the output: {@code assets/...}. */
    String outputPath(Path file) {
        String rel = resolver.root().relativize(file).toString().replace('\\', '/');
        return "assets/" + (rel.startsWith("assets/") ? rel.substring("assets/".length()) : rel);
    }

    /** The content file behind an output path this collector mapped ({@code assets/...}), or null. */
    public synchronized Path source(String outputPath) {
        return used.get(outputPath);
    }

    /** Copies every image used into {@code outDir}. */
    public void copyInto(Path outDir) throws IOException {
        copyInto(OutputFolder.of(outDir));
    }

    /** Copies every image used into {@code out}, SVGs sanitised, reusing the previous build's unchanged copies. */
    public synchronized void copyInto(OutputFolder out) throws IOException {
        for (Map.Entry<String, Path> e : used.entrySet()) {
            byte[] svg = ImageCheck.outputBytes(e.getValue(), resolver.limits());
            if (svg != null) out.write(e.getKey(), svg);
            else out.copy(e.getValue(), e.getKey());
        }
    }

    public AssetResolver resolver() {
        return resolver;
    }
}
