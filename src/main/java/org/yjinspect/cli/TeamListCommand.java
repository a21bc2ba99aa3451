package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.access.app.Member;
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
        return ListOutput.print(out, output.json, app.team().team(inspection), "inspection " + inspection
                + " has no team yet (yjinspect team add)", (Member m) -> m.username() + "\t" + m.role()
                + "\tadded by " + m.addedBy() + " at " + m.addedAt());
    }
}
