package org.strategypress.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.strategypress.markdown.AssetResolver;

/**
 * Maps images written in Markdown to files inside the content folder, and copies the ones used into the
 * output under {@code assets/}, keeping their paths relative to the content root.
 */
public final class AssetCollector {

    private final AssetResolver resolver;
    private final Map<String, Path> used = new TreeMap<>();

    public AssetCollector(Path contentRoot) {
        this.resolver = new AssetResolver(contentRoot);
    }

    /** The src an image gets in the output, or null when it cannot be used (the validator reported why). */
    public synchronized String map(Path fromDir, String src) {
        AssetResolver.Resolution r = resolver.resolve(src, fromDir);
        if (!r.ok()) return null;
        String rel = resolver.root().relativize(r.file()).toString().replace('\\', '/');
        String out = "assets/" + (rel.startsWith("assets/") ? rel.substring("assets/".length()) : rel);
        used.put(out, r.file());
        return out;
    }

    /** Copies every image used into {@code outDir}. */
    public void copyInto(Path outDir) throws IOException {
        copyInto(OutputFolder.of(outDir));
    }

    /** Copies every image used into {@code out}, reusing the previous build's unchanged copies. */
    public synchronized void copyInto(OutputFolder out) throws IOException {
        for (Map.Entry<String, Path> e : used.entrySet()) out.copy(e.getValue(), e.getKey());
    }

    public AssetResolver resolver() {
        return resolver;
    }
}
