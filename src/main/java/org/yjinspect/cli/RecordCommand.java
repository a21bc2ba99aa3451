package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.account.domain.Username;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import picocli.CommandLine.Option;

/**
 * A command that changes an inspection's records. Whoever can reach the database may run it, but
 * the change is made in the name of an existing, active account ({@code --as USER}, or the
 * environment variable YJINSPECT_AS), and the audit trail marks it as made on the command line.
 * The two write refusals become exit code 2 with a clear message: a stale revision (with the
 * record as it now stands) and a published, locked inspection.
 */
abstract class RecordCommand extends DatabaseCommand {
    @Option(names = "--as", paramLabel = "USER", defaultValue = "${env:YJINSPECT_AS}",
            description = "The account making the change: an existing, active account (default: env YJINSPECT_AS)."
                    + " The audit trail records it as made on the command line.")
    String asUser;

    private Actor actor;
    private String account;

    @Override
    protected final int run(Application app, PrintWriter out) {
        if (asUser == null || asUser.isBlank()) {
            throw new InputError("say whose change this is: --as USER (an existing, active account; yjinspect"
                    + " user list), or set YJINSPECT_AS");
        }
        account = activeAccount(app);
        actor = Actor.onCommandLine(account);
        try {
            return change(app, out);
        } catch (StaleRecord stale) {
            throw new InputError(stale.getMessage() + "\ncurrent: " + RecordJson.write(stale.current()), stale);
        } catch (InspectionLocked locked) {
            throw new InputError(locked.getMessage(), locked);
        }
    }

    /** The --as account, or an input error that names the option as well as why it is refused. */
    private String activeAccount(Application app) {
        try {
            return app.accounts().activeAccount(new Username(asUser)).username();
        } catch (Problem refused) {
            throw new InputError("--as " + SafeText.shown(asUser) + ": " + refused.getMessage()
                    + " (yjinspect user list shows the accounts)", refused);
        }
    }

    /** The account named by --as, marked as the command line's. */
    protected Actor actor() {
        return actor;
    }

    /** The username of the account named by --as. */
    protected String account() {
        return account;
    }

    protected abstract int change(Application app, PrintWriter out);
}
