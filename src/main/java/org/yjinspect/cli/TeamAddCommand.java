package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.InspectionTeam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yjinspect team add --inspection ID --user U --role R}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Give a user a role in an inspection.")
public final class TeamAddCommand extends InspectionRecordCommand {
    @Mixin
    TeamMemberOptions member;
    @Mixin
    JsonOption output;

    @Override
    protected int change(Application app, PrintWriter out) {
        InspectionTeam.Changed changed = app.team().add(new AddMemberCommand(inspection, member.user, member.role(), actor()));
        TeamText.print(out, output, changed);
        return 0;
    }
}
