package org.strategypress.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --templates DIR}, the same on every command that renders: a folder whose files override the built-in
 * templates file by file. Without it, {@code ./templates} is used when there is one, else the built-in set alone.
 */
final class TemplatesOption {
    /** The folder looked for when no --templates is given. */
    static final Path DEFAULT = Path.of("templates");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "folder whose files override the built-in templates file by file (default: ./templates if there is one, else the built-in templates alone)")
    Path folder;

    /** The folder to layer over the built-in set: the one given, else ./templates (which need not exist). */
    Path folder() {
        return folder != null ? folder : DEFAULT;
    }

    /** Why the folder given cannot be used, or null: a missing default is fine, a missing --templates is not. */
    String problem() {
        if (folder == null || Files.isDirectory(folder)) return null;
        return "--templates " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist")
                + "; leave --templates out to use the built-in templates, or write them out with `press templates --out "
                + folder + "`";
    }
}
