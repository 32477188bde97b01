package org.strategypress.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --content DIR}, the same on every command that reads the content. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})", defaultValue = "content")
    Path folder;
}
