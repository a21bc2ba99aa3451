package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.UnallocateCommand;
import org.yjinspect.platform.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code yjinspect allocate --inspection ID --case REF --user U}, or {@code --remove} without
 * {@code --user}: who assesses a sampled case.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Allocate a sampled case to a lead inspector, inspector or local assessor (--remove: to nobody).")
public final class AllocationCommand extends InspectionRecordCommand {
    @Option(names = "--case", required = true, paramLabel = "REFERENCE", description = "The sampled case's reference.")
    String caseReference;
    @Option(names = "--user", paramLabel = "USERNAME", description = "Who assesses the case.")
    String user;
    @Option(names = "--remove", description = "Take the case's allocation away.")
    boolean remove;
    @Mixin
    JsonOption output;

    @Override
    protected int change(Application app, PrintWriter out) {
        if (remove) {
            Problem.require(user == null, "--remove takes no --user: the case is then allocated to nobody");
            TeamText.print(out, output, app.team().unallocate(new UnallocateCommand(inspection, caseReference, actor())));
            return 0;
        }
        Problem.require(user != null, "--user is required (or --remove to take the allocation away)");
        TeamText.print(out, output, app.team().allocate(new org.yjinspect.access.app.AllocateCommand(inspection,
                caseReference, user, actor())));
        return 0;
    }
}
