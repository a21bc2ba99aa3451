package org.yjinspect.cli;

import picocli.CommandLine.Option;

/**
 * A command that only reads the records of one inspection, named by --inspection. It changes
 * nothing, so unlike {@link InspectionRecordCommand} it names no account.
 */
abstract class InspectionReadCommand extends DatabaseCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
}
