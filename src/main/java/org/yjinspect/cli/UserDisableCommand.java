package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yjinspect user disable USERNAME}: the account can no longer sign in, and its sessions end at once. */
@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: it cannot sign in, its sessions end at once and its tokens stop working.")
public final class UserDisableCommand extends DatabaseCommand {
    @Parameters(paramLabel = "USERNAME")
    String username;

    @Override
    protected int run(Application app, PrintWriter out) {
        app.accounts().setActive(new Username(username), false, UserPassword.actor());
        out.println("disabled " + new Username(username));
        return 0;
    }
}
