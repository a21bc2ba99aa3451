package org.yjinspect.cli;

import picocli.CommandLine.Option;

/** The --json option of the commands that print a record as text unless asked for JSON. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;
}
