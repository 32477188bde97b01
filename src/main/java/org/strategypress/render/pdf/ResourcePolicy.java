package org.strategypress.render.pdf;

import org.strategypress.model.Rule;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.strategypress.model.Diagnostic;
import org.strategypress.assets.ImageCheck;
import org.strategypress.assets.ImageLimits;

/**
 * What one render may read: {@code data:} URIs, and {@code file:} URIs whose real path (symlinks and
 * {@code ..} resolved) lies inside an allowed root. Everything else (http, https, jar, ftp, ...) is refused
 * before any request is made, and each refused URI becomes one {@code pdf-resource} error. An allowed
 * file that cannot be read becomes a {@code pdf-engine} error (the engine itself would skip it silently). A
 * raster image that is too large or broken is refused before the engine decodes it ({@link ImageCheck}).
 * Each message is placed at the source of what it names and never names the staging folder ({@link StagedNames}).
 *
 * <p>One instance per render: it collects that render's refusals. It is both the engine's access
 * controller ({@link #allows}) and its stream factory for {@code file:} and the network schemes, so a URI
 * that slipped past the controller is still checked before a byte is read.
 */
final class ResourcePolicy {

    /** Schemes given a stream factory that refuses: the engine must never fall back to java.net.URL. */
    static final String[] REFUSED_SCHEMES = {"http", "https", "jar", "ftp", "jrt", "mailto"};

    private final List<Path> roots;
    private final StagedNames names;
    private final FontBytesCache fontCache;
    private final ImageLimits limits;
    private final Set<String> refused = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ResourcePolicy(List<Path> allowedRoots, StagedNames names, FontBytesCache fontCache, ImageLimits limits) {
        this.roots = realRoots(allowedRoots);
        this.names = names;
        this.fontCache = fontCache;
        this.limits = limits == null ? ImageLimits.DEFAULT : limits;
    }

    /** The access-control predicate registered with the engine (runs after URI resolution). */
    synchronized boolean allows(String uri, ExternalResourceType type) {
        if (uri == null) return false;
        if (uri.regionMatches(true, 0, "data:", 0, 5)) return type != ExternalResourceType.IMAGE_RASTER || embeddedImageFits(uri);
        Optional<String> why = refusal(uri);
        why.ifPresent(reason -> refuse(uri, type, reason));
        return why.isEmpty() && (type != ExternalResourceType.IMAGE_RASTER || imageFits(uri));
    }

    /**
     * A raster image is checked before the engine decodes it (size from its header, structure): one that is
     * too large or broken is refused, so that decoding stays within memory whatever reaches the engine. Images
     * placed in Markdown were checked by validation already; this catches those of templates.
     */
    private boolean imageFits(String uri) {
        Path file;
        try {
            file = Path.of(new URI(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return true;
        }
        if (!Files.isRegularFile(file)) return true;
        ImageCheck.Verdict v = ImageCheck.check(file, limits);
        if (v.ok()) return true;
        if (refused.add(uri)) diagnostics.add(v.code().error(names.at(uri), "image '" + names.name(uri) + "' " + v.problem()));
        return false;
    }

    /** The same for an image embedded as a {@code data:} URI. */
    private boolean embeddedImageFits(String uri) {
        String problem = ImageCheck.checkDataUri(uri, limits);
        if (problem == null) return true;
        if (refused.add(uri.length() > 200 ? uri.substring(0, 200) : uri))
            diagnostics.add(ImageCheck.INVALID.error(names.document(), "an embedded image " + problem));
        return false;
    }

    /** Refusals recorded so far, in the order met. */
    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Stream factory for {@code file:}: reads only what {@link #allows} would allow. */
    FSStreamFactory fileStreams() {
        return uri -> {
            Optional<String> why = refusal(uri);
            if (why.isPresent()) {
                synchronized (this) { refuse(uri, null, why.get()); }
                return new BytesStream(null);
            }
            byte[] bytes = fontCache.read(Path.of(URI.create(uri)));
            if (bytes == null) synchronized (this) { missing(uri); }
            return new BytesStream(bytes);
        };
    }

    /** Stream factory for network and archive schemes: refuses without opening a connection. */
    FSStreamFactory refusingStreams() {
        return uri -> {
            synchronized (this) { refuse(uri, null, "scheme not allowed"); }
            return new BytesStream(null);
        };
    }

    private Optional<String> refusal(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URI");
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("file")) return Optional.of("scheme '" + scheme + "' not allowed, only files under the allowed folders");
        if (parsed.getAuthority() != null && !parsed.getAuthority().isEmpty()) return Optional.of("remote file host not allowed");
        Path path;
        try {
            path = Path.of(parsed).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a local file path");
        }
        Path real = realPath(path);
        for (Path root : roots) if (real.startsWith(root)) return Optional.empty();
        return Optional.of("outside the allowed folders");
    }

    private void refuse(String uri, ExternalResourceType type, String reason) {
        if (!refused.add(uri)) return;
        String what = type == null ? "resource" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        diagnostics.add(Rule.PDF_RESOURCE.at(names.at(uri), "refused to read " + what + " " + names.name(uri) + ": " + reason));
    }

    /** An allowed file that does not exist or cannot be read: the engine skips it without a word. */
    private void missing(String uri) {
        if (refused.add(uri))
            diagnostics.add(Rule.PDF_ENGINE.error(names.at(uri), "cannot read " + names.name(uri) + ": no such file, or unreadable"));
    }

    /** The real path of {@code path}, or of its nearest existing parent with the rest appended. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return path;
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static List<Path> realRoots(List<Path> allowed) {
        List<Path> out = new ArrayList<>();
        for (Path root : allowed) out.add(realPath(root.toAbsolutePath().normalize()));
        return List.copyOf(out);
    }

    /** A stream over bytes already read; {@code null} bytes means "not available". */
    private record BytesStream(byte[] bytes) implements FSStream {
        @Override
        public InputStream getStream() {
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
    }
}
