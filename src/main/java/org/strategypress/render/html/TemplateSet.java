package org.strategypress.render.html;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.strategypress.model.DisplayPaths;

import freemarker.cache.TemplateLoader;

/**
 * The templates a build renders with, as layers looked up in order: the project's templates folder first (when
 * there is one), then the set built into the jar. A relative name such as {@code print/print.css} resolves to
 * the first layer that has it, so a project overrides the built-in set file by file and needs no templates
 * folder at all. Every name resolved is remembered with the layer it came from ({@link #origins()}).
 *
 * <p>Nothing outside a layer is ever read: names with {@code ..}, absolute names and symbolic links that leave
 * the project folder are refused, as FreeMarker's own file loader does.
 */
public final class TemplateSet {

    /** Where the built-in set lies on the classpath (see the pom's resources). */
    public static final String RESOURCE = "strategy-press/templates";
    /** The name diagnostics and reports give the built-in set. */
    public static final String BUILT_IN = "(built-in)";
    private static final String KNOWN_FILE = "site/layout.ftlh";

    /** One place templates are read from: a folder of the project, or the built-in set. */
    public record Layer(String name, Path root, boolean builtIn) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A name resolved: the file that holds it and the layer it came from. */
    public record Found(String name, Path file, Layer layer) {
        public boolean builtIn() {
            return layer.builtIn();
        }
    }

    private static volatile Path builtInRoot;

    private final List<Layer> layers;
    private final Path project;
    private final Path projectReal;
    private final Map<String, Layer> used = new ConcurrentHashMap<>();

    private TemplateSet(Path project) {
        List<Layer> l = new ArrayList<>(2);
        Path real = null;
        if (project != null) {
            try {
                real = project.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("templates folder cannot be read: " + project, e);
            }
            l.add(new Layer(DisplayPaths.of(project).toString().replace('\\', '/') + "/", project, false));
        }
        l.add(new Layer(BUILT_IN, builtInRoot(), true));
        this.layers = List.copyOf(l);
        this.project = project;
        this.projectReal = real;
    }

    /**
     * The project's folder (used only when it is a folder) over the built-in set. A missing folder is no error
     * here: whether one was required is the command line's question.
     */
    public static TemplateSet of(Path projectFolder) {
        return new TemplateSet(projectFolder != null && Files.isDirectory(projectFolder)
                ? projectFolder.toAbsolutePath().normalize() : null);
    }

    /** The built-in set alone. */
    public static TemplateSet builtIn() {
        return new TemplateSet(null);
    }

    /** The project's templates folder, or null when only the built-in set is used. */
    public Path project() {
        return project;
    }

    /**
     * What tells a changed project folder: the name, size and time of every file in it (as FreeMarker tells a changed
     * template by its time); the built-in set does not change while a program runs. Equal stamps, equal templates.
     */
    public Object stamp() {
        if (project == null) return List.of();
        List<Object> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path f : s.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                if (a.isRegularFile()) files.add(List.of(project.relativize(f).toString(), a.size(), a.lastModifiedTime()));
            }
        } catch (IOException | UncheckedIOException e) {
            return new Object(); // unreadable now: equal to no earlier stamp
        }
        return files;
    }

    /** The layers, first looked up first. */
    public List<Layer> layers() {
        return layers;
    }

    /** The first layer's file for {@code name} (a relative name with '/'), if any layer has it. */
    public Optional<Found> find(String name) {
        String n = clean(name);
        if (n == null) return Optional.empty();
        for (Layer l : layers) {
            Path f = l.root().resolve(n);
            if (!Files.isRegularFile(f) || !inside(l, f)) continue;
            used.put(n, l);
            return Optional.of(new Found(n, f, l));
        }
        return Optional.empty();
    }

    /** Whether the project's own folder (not the built-in set) has {@code name}. */
    public boolean projectHas(String name) {
        String n = clean(name);
        if (project == null || n == null) return false;
        Path f = project.resolve(n);
        return Files.isRegularFile(f) && inside(layers.get(0), f);
    }

    /**
     * The regular files directly in {@code folder} whose names end with {@code suffix}, from every layer, the
     * first layer's winning for a name; sorted by name.
     */
    public List<Found> list(String folder, String suffix) {
        String dir = clean(folder);
        Map<String, Found> byName = new TreeMap<>();
        if (dir == null) return List.of();
        for (Layer l : layers) {
            Path d = l.root().resolve(dir);
            if (!Files.isDirectory(d) || !inside(l, d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.toList()) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(suffix) || byName.containsKey(file) || file.startsWith(".")) continue;
                    if (!Files.isRegularFile(f) || !inside(l, f)) continue;
                    byName.put(file, new Found(dir + "/" + file, f, l));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list templates folder " + d, e);
            }
        }
        byName.values().forEach(f -> used.put(f.name(), f.layer()));
        return List.copyOf(byName.values());
    }

    /** Where {@code name} is, as diagnostics show it: the project's file if there is one, else the built-in name. */
    public Path displayPath(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        while (n.startsWith("/")) n = n.substring(1);
        Optional<Found> f = clean(n) == null ? Optional.empty() : find(n);
        if (f.isPresent() && f.get().builtIn() || f.isEmpty() && project == null) return Path.of(BUILT_IN, n);
        return DisplayPaths.of(project.resolve(n));
    }

    /** Where the folder {@code name} is, as diagnostics show it. */
    public Path displayFolder(String name) {
        if (project != null && Files.isDirectory(project.resolve(name))) return DisplayPaths.of(project.resolve(name));
        return Path.of(BUILT_IN, name);
    }

    /** Every name resolved so far with the layer it came from, sorted by name. */
    public Map<String, Layer> origins() {
        return Collections.unmodifiableMap(new TreeMap<>(used));
    }

    /** One line saying which files came from where, e.g. {@code 2 from templates/ (print/print.css, ...), 31 built in}. */
    public String describeOrigins() {
        Map<String, Layer> o = origins();
        List<String> own = o.entrySet().stream().filter(e -> !e.getValue().builtIn()).map(Map.Entry::getKey).toList();
        long builtIn = o.values().stream().filter(Layer::builtIn).count();
        StringBuilder b = new StringBuilder("templates: ");
        if (project == null) b.append("no templates folder; ");
        else b.append(own.size()).append(" from ").append(layers.get(0).name())
                .append(own.isEmpty() ? "" : " (" + String.join(", ", own) + ")").append(", ");
        return b.append(builtIn).append(" built in").toString();
    }

    /** FreeMarker's view of the set. */
    public TemplateLoader loader() {
        return new Loader();
    }

    /** Copies the built-in set into {@code out} (which may exist but holds none of its files); returns the files written. */
    public static List<Path> writeBuiltIn(Path out) throws IOException {
        Path from = builtInRoot();
        List<Path> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = out.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else {
                    Files.copy(p, target);
                    written.add(target);
                }
            }
        }
        return written;
    }

    /** The root of the built-in set: a folder of the classpath, or a folder inside the jar. */
    public static Path builtInRoot() {
        Path r = builtInRoot;
        if (r != null) return r;
        synchronized (TemplateSet.class) {
            if (builtInRoot == null) builtInRoot = locate();
            return builtInRoot;
        }
    }

    private static Path locate() {
        URL url = TemplateSet.class.getClassLoader().getResource(RESOURCE + "/" + KNOWN_FILE);
        if (url == null) throw new UncheckedIOException(new IOException("the jar has no built-in templates (" + RESOURCE
                + "/); rebuild strategy-press"));
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                String s = uri.toString();
                URI jar = URI.create(s.substring(0, s.indexOf("!/")));
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(jar, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(jar);
                }
                // kept open for the life of the process: templates and fonts are read from it on every build
                return fs.getPath("/" + RESOURCE);
            }
            Path file = Path.of(uri);
            Path root = file;
            for (int i = 0; i < Path.of(KNOWN_FILE).getNameCount(); i++) root = root.getParent();
            return root;
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the built-in templates at " + url + ": " + e.getMessage(), e));
        }
    }

    /** {@code name} with '/' separators and no leading '/', or null if it is absolute or climbs with '..'. */
    private static String clean(String name) {
        if (name == null) return null;
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) n = n.substring(2);
        if (n.isEmpty() || n.startsWith("/") || n.contains(":") || n.indexOf('\0') >= 0) return null;
        for (String seg : n.split("/", -1)) if (seg.equals("..") || seg.isEmpty()) return null;
        return n;
    }

    /** Whether {@code f} (in layer {@code l}) really lies inside it: no symbolic link out of the project folder. */
    private boolean inside(Layer l, Path f) {
        if (l.builtIn()) return true;
        try {
            return f.toRealPath().startsWith(projectReal);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return layers.toString();
    }

    /** Looks names up through the set; a source is a {@link Found}, equal while the same layer's file is used. */
    private final class Loader implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) {
            return find(name).orElse(null);
        }

        @Override
        public long getLastModified(Object source) {
            try {
                return Files.getLastModifiedTime(((Found) source).file()).toMillis();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return Files.newBufferedReader(((Found) source).file(), Charset.forName(encoding));
        }

        @Override
        public void closeTemplateSource(Object source) {
            // nothing held open
        }
    }
}
