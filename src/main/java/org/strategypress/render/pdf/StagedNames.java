package org.strategypress.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strategypress.model.SourcePosition;

/**
 * Names the files of one print document as the writer knows them. The engine sees them under the folder the
 * build stages its output in ({@code .out.staging-.../pdf/}), a folder that is renamed or deleted once the
 * build ends: every URI or path under it becomes its path relative to the print HTML ({@code assets/chart.png}),
 * and its position becomes that of its source ({@link PrintSources}): the Markdown line placing an image, the
 * template file of a stylesheet or font.
 */
public final class StagedNames {

    private final List<String> bases;
    private final PrintSources sources;
    private final SourcePosition document;

    StagedNames(Path baseDir, PrintSources sources) {
        this.sources = sources == null ? PrintSources.NONE : sources;
        // without sources (a document rendered on its own, not by a build) the print HTML itself is the place
        this.document = this.sources == PrintSources.NONE ? SourcePosition.of(baseDir.resolve("print.html")) : this.sources.document();
        Set<String> b = new LinkedHashSet<>();
        Path abs = baseDir.toAbsolutePath().normalize();
        addBase(b, abs);
        try {
            if (Files.exists(abs)) addBase(b, abs.toRealPath());
        } catch (IOException e) {
            // the absolute path is enough
        }
        List<String> sorted = new ArrayList<>(b);
        sorted.sort((x, y) -> y.length() - x.length());
        this.bases = List.copyOf(sorted);
    }

    private static void addBase(Set<String> b, Path dir) {
        String uri = dir.toUri().toString();
        if (!uri.endsWith("/")) uri += "/";
        b.add(uri);
        b.add(uri.replaceFirst("^file:///", "file:/"));
        String path = dir.toString();
        b.add(path.endsWith("/") ? path : path + "/");
        b.add(path.endsWith("/") ? path : path + java.io.File.separator);
    }

    /** {@code text} with the folder {@code dir} (a staging folder) and anything under it named relative to it. */
    public static String scrub(Path dir, String text) {
        return new StagedNames(dir, PrintSources.NONE).scrub(text);
    }

    /** {@code uri} (or a path) relative to the print HTML when it lies under its folder, else null. */
    String relative(String uri) {
        if (uri == null) return null;
        for (String base : bases) if (uri.startsWith(base)) return decode(uri.substring(base.length()));
        return null;
    }

    /** What a writer is shown for {@code uri}: its path relative to the print HTML, or the URI shortened. */
    String name(String uri) {
        String rel = relative(uri);
        if (rel != null) return rel;
        String s = scrub(uri);
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    /** Where a message about {@code uri} is reported: its source, else the template of the document. */
    SourcePosition at(String uri) {
        String rel = relative(uri);
        if (rel == null && uri != null && !uri.contains(":") && !uri.startsWith("/")) rel = uri;
        SourcePosition p = rel == null ? null : sources.locate(rel);
        return p != null ? p : document;
    }

    /** The template of the document (the print HTML when its sources are unknown). */
    SourcePosition document() {
        return document;
    }

    /**
     * {@code text} with every mention of the staging folder taken out: URIs and paths under it become relative,
     * and any other word naming a staging folder is cut to what follows it.
     */
    String scrub(String text) {
        if (text == null) return "";
        String out = text;
        for (String base : bases) out = out.replace(base, "");
        if (!out.contains(".staging-")) return out;
        StringBuilder sb = new StringBuilder();
        for (String word : out.split("(?<=\\s)|(?=\\s)")) {
            int at = word.indexOf(".staging-");
            if (at < 0) {
                sb.append(word);
                continue;
            }
            int slash = word.indexOf('/', at);
            int lead = 0;
            while (lead < word.length() && "\"'(<[".indexOf(word.charAt(lead)) >= 0) lead++;
            sb.append(word, 0, lead).append(slash < 0 ? "(build folder)" : word.substring(slash + 1));
        }
        return sb.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
