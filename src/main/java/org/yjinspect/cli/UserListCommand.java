package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Account;
import picocli.CommandLine.Command;

/** {@code yjinspect user list}: every account, whether active, whether an administrator. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
public final class UserListCommand extends DatabaseCommand {
    @Override
    protected int run(Application app, PrintWriter out) {
        var all = app.accounts().all();
        if (all.isEmpty()) {
            out.println("no accounts yet; create the first administrator with: yjinspect user create NAME"
                    + " --administrator");
        }
        for (Account a : all) {
            out.println(a.username() + "\t" + (a.active() ? "active" : "disabled") + "\t"
                    + (a.administrator() ? "administrator" : "-") + "\t" + (a.displayName() == null ? "" : a.displayName()));
        }
        return 0;
    }
}
