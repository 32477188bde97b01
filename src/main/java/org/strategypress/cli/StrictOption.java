package org.strategypress.cli;

import picocli.CommandLine.Option;

/** {@code --strict}, the same on every command that checks the content. */
final class StrictOption {
    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;
}
