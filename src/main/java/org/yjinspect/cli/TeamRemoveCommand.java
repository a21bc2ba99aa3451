package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.RemoveMemberCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yjinspect team remove --inspection ID --user U --role R}. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a role in an inspection away from a user.")
public final class TeamRemoveCommand extends InspectionRecordCommand {
    @Mixin
    TeamMemberOptions member;
    @Mixin
    JsonOption output;

    @Override
    protected int change(Application app, PrintWriter out) {
        InspectionTeam.Changed changed = app.team().remove(new RemoveMemberCommand(inspection, member.user,
                member.role(), actor()));
        TeamText.print(out, output, changed);
        return 0;
    }
}
