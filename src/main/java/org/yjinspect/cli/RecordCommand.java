package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.cli.DatabaseCommand;
import picocli.CommandLine.Option;

/**
 * A command that changes an inspection's records. It names who makes the change (--actor, or
 * the environment variable YJINSPECT_ACTOR, or the login name), and turns the two write refusals
 * into exit code 2 with a clear message: a stale revision (with the record as it now stands) and
 * a published, locked inspection.
 */
abstract class RecordCommand extends DatabaseCommand {
    @Option(names = "--actor", paramLabel = "NAME", defaultValue = "${env:YJINSPECT_ACTOR}",
            description = "Who is making the change, for the audit trail (default: env YJINSPECT_ACTOR, else the"
                    + " login name).")
    String actorName;

    @Override
    protected final int run(Application app, PrintWriter out) {
        try {
            return change(app, out);
        } catch (StaleRecord stale) {
            throw new InputError(stale.getMessage() + "\ncurrent: " + RecordJson.write(stale.current()), stale);
        } catch (InspectionLocked locked) {
            throw new InputError(locked.getMessage(), locked);
        }
    }

    protected Actor actor() {
        return new Actor(actorName != null && !actorName.isBlank() ? actorName : System.getProperty("user.name"));
    }

    protected abstract int change(Application app, PrintWriter out);
}
