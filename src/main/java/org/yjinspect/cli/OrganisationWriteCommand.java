package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.organisation.app.RecordRef;
import picocli.CommandLine.Option;

/** Options every write to the organisational evidence shares; the saved record is printed as JSON. */
abstract class OrganisationWriteCommand extends InspectionRecordCommand {
    @Option(names = "--base-revision", defaultValue = "0", paramLabel = "N",
            description = "The revision your change is based on (0 for a new record; see show).")
    int baseRevision;

    RecordRef ref() {
        return new RecordRef(inspection, baseRevision, actor());
    }

    static int print(PrintWriter out, Object saved) {
        out.println(RecordJson.write(saved));
        return 0;
    }
}
