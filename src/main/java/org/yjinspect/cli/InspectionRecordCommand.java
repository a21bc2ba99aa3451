package org.yjinspect.cli;

import picocli.CommandLine.Option;

/** A command that changes the records of one inspection, named by --inspection, in the name of the --as account. */
abstract class InspectionRecordCommand extends RecordCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
}
