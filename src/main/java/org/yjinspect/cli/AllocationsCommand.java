package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect allocations --inspection ID}: every allocated case, to whom, by whom, when. */
@Command(name = "allocations", mixinStandardHelpOptions = true, description = "List an inspection's allocated cases.")
public final class AllocationsCommand extends DatabaseCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        List<CaseAllocation> all = app.team().allocations(inspection);
        if (output.json) {
            out.println(RecordJson.write(all));
            return 0;
        }
        if (all.isEmpty()) {
            out.println("no case of inspection " + inspection + " is allocated yet (yjinspect allocate)");
        }
        for (CaseAllocation a : all) {
            out.println(a.caseReference() + "\t" + a.username() + "\tallocated by " + a.allocatedBy() + " at "
                    + a.allocatedAt());
        }
        return 0;
    }
}
