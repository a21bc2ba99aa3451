package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.access.app.Member;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect team list --inspection ID}: each person's roles, who added them and when. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List an inspection's team.")
public final class TeamListCommand extends DatabaseCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        List<Member> team = app.team().team(inspection);
        if (output.json) {
            out.println(RecordJson.write(team));
            return 0;
        }
        if (team.isEmpty()) {
            out.println("inspection " + inspection + " has no team yet (yjinspect team add)");
        }
        for (Member m : team) {
            out.println(m.username() + "\t" + m.role() + "\tadded by " + m.addedBy() + " at " + m.addedAt());
        }
        return 0;
    }
}
