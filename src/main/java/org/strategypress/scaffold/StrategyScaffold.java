package org.strategypress.scaffold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.strategypress.load.schema.JsonSchemaWriter;

/**
 * A new strategy that validates from the first minute: {@code content/} with strategy.yaml, the six pillars,
 * one example of every kind wired into a complete results chain and one chapter per module, the editors' JSON
 * Schemas in {@code schema/}, and a .gitignore. No templates folder: it builds with the built-in templates
 * ({@code press templates} writes them out to restyle). The content is shipped inside the jar under
 * {@code strategy-press/init/}.
 */
public final class StrategyScaffold {

    static final String CONTENT = "strategy-press/init/content";

    private StrategyScaffold() {
    }

    /** Writes the new strategy into {@code dir}, which must be empty or absent; returns the files written. */
    public static List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        copy(CONTENT, "strategy.yaml", dir.resolve("content"));
        JsonSchemaWriter.writeTo(dir.resolve("schema"));
        Files.writeString(dir.resolve(".gitignore"), "build-output/\n", StandardCharsets.UTF_8);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Copies a folder of the classpath (found through one file known to be in it) into {@code to}. */
    private static void copy(String folder, String knownFile, Path to) throws IOException {
        URL url = StrategyScaffold.class.getClassLoader().getResource(folder + "/" + knownFile);
        if (url == null) throw new IOException("the jar has no " + folder + "/; rebuild strategy-press");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = openJar(uri)) {
                    copyTree(fs.getPath("/" + folder), to);
                }
            } else {
                Path file = Path.of(uri);
                Path root = file;
                for (int i = 0; i < Path.of(knownFile).getNameCount(); i++) root = root.getParent();
                copyTree(root, to);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/") + 2));
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // opened by someone else: copy through a second, private view of the same jar
            return FileSystems.newFileSystem(Path.of(URI.create(jar.getSchemeSpecificPart().replace("!/", ""))));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
