package org.yjinspect.cli;

import picocli.CommandLine.Option;

/** A command on the records of one inspection, named by --inspection. */
abstract class InspectionRecordCommand extends RecordCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
}
