package org.strategypress.assets;

import org.strategypress.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.SourcePosition;

/**
 * What a placed image is, checked before anything decodes it: a raster's real format, its size from its
 * header and the soundness of its structure ({@link RasterCheck}); an SVG parsed safely and rid of anything
 * active ({@link SvgSanitiser}). Validation reports the verdict at the Markdown line that places the image;
 * the renderers leave out an image that failed and copy an SVG's sanitised bytes, never the original.
 *
 * <p>Verdicts are kept per file (path, size and modification time) and limits, so validation, the site and
 * the PDF check each file once per process, and a preview rebuild checks only what changed.
 */
public final class ImageCheck {

    /** The rules its verdicts report. */
    public static final Rule TOO_LARGE = Rule.IMAGE_TOO_LARGE;
    public static final Rule INVALID = Rule.IMAGE_INVALID;
    public static final Rule SANITISED = Rule.SVG_SANITISED;

    private static final int CACHE_LIMIT = 1024;
    private static final Map<Key, Verdict> CACHE = new ConcurrentHashMap<>();

    private ImageCheck() {
    }

    /**
     * The outcome for one file.
     *
     * @param code    null when the image can be used, else {@link #TOO_LARGE} or {@link #INVALID}
     * @param problem what is wrong, worded to follow "image 'src' ", or null
     * @param svg     whether the file is an SVG (to be copied sanitised)
     * @param removed for an SVG, what sanitising takes out (empty when nothing)
     */
    public record Verdict(Rule code, String problem, boolean svg, List<String> removed) {
        public boolean ok() {
            return code == null;
        }

        static Verdict fail(Rule code, String problem) {
            return new Verdict(code, problem, false, List.of());
        }
    }

    private record Key(Path file, long size, java.nio.file.attribute.FileTime modified, ImageLimits limits) {
    }

    /** What a writer is told about the image {@code src} placed at {@code at}: nothing, an error, or what sanitising removed. */
    public static List<Diagnostic> diagnostics(Verdict v, String src, SourcePosition at) {
        if (!v.ok()) return List.of(v.code().error(at, "image '" + src + "' " + v.problem()));
        if (v.svg() && !v.removed().isEmpty())
            return List.of(SANITISED.at(at, "SVG '" + src + "' is shown without " + String.join(", ", v.removed())
                    + " (active content and references to other files or sites are never copied)"));
        return List.of();
    }

    /** Checks {@code file} (a regular file inside the content folder) against {@code limits}. */
    public static Verdict check(Path file, ImageLimits limits) {
        Key key;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            key = new Key(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime(), limits);
        } catch (IOException e) {
            return Verdict.fail(INVALID, "cannot be read: " + RasterCheck.reason(e));
        }
        Verdict cached = CACHE.get(key);
        if (cached != null) return cached;
        Verdict v = checkNow(file, key.size(), limits);
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(key, v);
        return v;
    }

    /**
     * The bytes the outputs get for {@code file}: for an SVG, its sanitised form; for anything else, null
     * (copy the file as it is). Throws when the SVG cannot be parsed (validation has reported it).
     */
    public static byte[] outputBytes(Path file, ImageLimits limits) throws IOException {
        if (!isSvgName(file) && RasterCheck.sniff(head(file)) != RasterCheck.Format.SVG) return null;
        try {
            return SvgSanitiser.sanitise(Files.readAllBytes(file), limits).svg();
        } catch (SvgSanitiser.Unparseable e) {
            throw new IOException(file.getFileName() + " is not a well-formed SVG: " + e.getMessage());
        }
    }

    private static Verdict checkNow(Path file, long size, ImageLimits limits) {
        if (size > limits.maxBytes())
            return Verdict.fail(TOO_LARGE, "is " + megabytes(size) + ", more than the limit of " + limits.bytesText()
                    + " (rules." + ImageLimits.MEGABYTES + "): make it smaller before placing it");
        RasterCheck.Format expected = expectedFormat(file);
        if (expected == null)
            return Verdict.fail(INVALID, "is not a kind of image both the site and the PDF can show: use PNG, JPEG, GIF or SVG");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Verdict.fail(INVALID, "cannot be read: " + RasterCheck.reason(e));
        }
        if (bytes.length == 0) return Verdict.fail(INVALID, "is an empty file");
        RasterCheck.Format actual = RasterCheck.sniff(bytes);
        if (actual == null)
            return Verdict.fail(INVALID, "is not a " + expected.label + " file (nor any other image): it is corrupt, or not an image; export it again");
        if (actual != expected)
            return Verdict.fail(INVALID, "is " + article(actual.label) + " " + actual.label + " file, not the " + expected.label
                    + " its name says: rename it to ." + actual.name().toLowerCase(Locale.ROOT) + " or convert it");
        if (actual == RasterCheck.Format.WEBP)
            return Verdict.fail(INVALID, "is a WebP image, which the PDF cannot draw: convert it to PNG or JPEG");
        if (actual == RasterCheck.Format.SVG) {
            try {
                return new Verdict(null, null, true, SvgSanitiser.sanitise(bytes, limits).removed());
            } catch (SvgSanitiser.Unparseable e) {
                return Verdict.fail(INVALID, "is not an SVG that can be read safely (" + e.getMessage() + "): export it again");
            } catch (RuntimeException e) {
                return Verdict.fail(INVALID, "is not an SVG that can be read safely (" + RasterCheck.reason(e) + ")");
            }
        }
        RasterCheck.Problem p;
        try {
            p = RasterCheck.check(bytes, actual, limits);
        } catch (RuntimeException e) {
            p = RasterCheck.Problem.invalid("cannot be checked (" + RasterCheck.reason(e) + "): it is corrupt; export it again");
        }
        return p == null ? new Verdict(null, null, false, List.of()) : Verdict.fail(p.code(), p.message());
    }

    /**
     * Null when the {@code data:} URI {@code uri} holds a PNG, JPEG, GIF or WebP image in base64 within
     * {@code limits}; else what is wrong, worded to follow "an embedded image ".
     */
    public static String checkDataUri(String uri, ImageLimits limits) {
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) return "is not in base64";
        byte[] bytes;
        try {
            bytes = java.util.Base64.getMimeDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return "has damaged base64";
        }
        if (bytes.length > limits.maxBytes()) return "is larger than " + limits.bytesText();
        RasterCheck.Format f = RasterCheck.sniff(bytes);
        if (f == null || f == RasterCheck.Format.SVG || f == RasterCheck.Format.BMP || f == RasterCheck.Format.TIFF)
            return "is not a PNG, JPEG, GIF or WebP image";
        if (f == RasterCheck.Format.WEBP) return null;
        RasterCheck.Problem p;
        try {
            p = RasterCheck.check(bytes, f, limits);
        } catch (RuntimeException e) {
            return "cannot be checked (" + RasterCheck.reason(e) + ")";
        }
        return p == null ? null : p.message();
    }

    /** The format a file's name promises, or null for a name that is no image both outputs can show. */
    static RasterCheck.Format expectedFormat(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "png" -> RasterCheck.Format.PNG;
            case "jpg", "jpeg", "jpe" -> RasterCheck.Format.JPEG;
            case "gif" -> RasterCheck.Format.GIF;
            case "svg" -> RasterCheck.Format.SVG;
            case "webp" -> RasterCheck.Format.WEBP;
            default -> null;
        };
    }

    private static boolean isSvgName(Path file) {
        return expectedFormat(file) == RasterCheck.Format.SVG;
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        }
    }

    private static String article(String label) {
        return "AEIOU".indexOf(Character.toUpperCase(label.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
