package org.strategypress.markdown;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.strategypress.assets.ImageCheck;
import org.strategypress.assets.ImageLimits;

/**
 * Resolves an image or file link written in Markdown to a file inside the content root, or says why not.
 * Nothing outside the root is ever read: {@code ..}, absolute paths and symbolic links out are refused,
 * and remote URLs are never fetched. An image that resolves is then checked without being decoded
 * ({@link #inspect}): its format, its size from its header, its structure, and for an SVG what sanitising takes out.
 */
public final class AssetResolver {

    private final Path root;
    private final Path realRoot;
    private final ImageLimits limits;

    public AssetResolver(Path contentRoot) {
        this(contentRoot, ImageLimits.DEFAULT);
    }

    /** A resolver whose images are held to {@code limits} (from {@code rules:}). */
    public AssetResolver(Path contentRoot, ImageLimits limits) {
        this.limits = limits == null ? ImageLimits.DEFAULT : limits;
        this.root = contentRoot.toAbsolutePath().normalize();
        Path r;
        try {
            r = root.toRealPath();
        } catch (IOException e) {
            r = root;
        }
        this.realRoot = r;
    }

    /** The outcome: a file inside the root, or a problem to report. */
    public record Resolution(Path file, String problem) {
        public boolean ok() {
            return file != null;
        }
    }

    /**
     * Resolves {@code src} written in a file in {@code fromDir}; paths starting with {@code assets/} are taken
     * from the content root.
     */
    public Resolution resolve(String src, Path fromDir) {
        if (LinkSafety.isAbsolute(src))
            return new Resolution(null, "'" + src + "' is remote or not a file: images are never fetched; put the file under assets/");
        String path = src;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) path = path.substring(0, cut);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Resolution(null, "'" + src + "' has a '%' that is not followed by two hex digits: write %25 for a percent sign");
        }
        if (path.isEmpty()) return new Resolution(null, "empty image path");
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*"))
            return new Resolution(null, "'" + src + "' is an absolute path: use a path inside the content folder, such as assets/chart.png");
        Path candidate;
        try {
            Path base = path.startsWith("assets/") ? root : fromDir.toAbsolutePath().normalize();
            candidate = base.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return new Resolution(null, "'" + src + "' is not a valid path");
        }
        if (!candidate.startsWith(root)) return new Resolution(null, "'" + src + "' leaves the content folder");
        if (!Files.exists(candidate)) return new Resolution(null, "'" + src + "' not found (looked for "
                + root.relativize(candidate) + " in the content folder)");
        try {
            if (!candidate.toRealPath().startsWith(realRoot))
                return new Resolution(null, "'" + src + "' is a link to a file outside the content folder");
        } catch (IOException e) {
            return new Resolution(null, "'" + src + "' cannot be read: " + e.getMessage());
        }
        if (!Files.isRegularFile(candidate)) return new Resolution(null, "'" + src + "' is not a file");
        return new Resolution(candidate, null);
    }

    /** The verdict on an image file this resolver resolved: usable or not, and what an SVG loses. */
    public ImageCheck.Verdict inspect(Path file) {
        return ImageCheck.check(file, limits);
    }

    /** The limits images are held to. */
    public ImageLimits limits() {
        return limits;
    }

    /** The content root this resolver serves. */
    public Path root() {
        return root;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
