package org.strategypress.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --templates DIR}, the same on every command that renders. */
final class TemplatesOption {
    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ${DEFAULT-VALUE})", defaultValue = "templates")
    Path folder;
}
