package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.CaseAllocation;
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
        return ListOutput.print(out, output.json, app.team().allocations(inspection), "no case of inspection "
                + inspection + " is allocated yet (yjinspect allocate)", (CaseAllocation a) -> a.caseReference()
                + "\t" + a.username() + "\tallocated by " + a.allocatedBy() + " at " + a.allocatedAt());
    }
}
