package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yjinspect user enable USERNAME}. */
@Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
public final class UserEnableCommand extends DatabaseCommand {
    @Parameters(paramLabel = "USERNAME")
    String username;

    @Override
    protected int run(Application app, PrintWriter out) {
        app.accounts().setActive(new Username(username), true, UserPassword.actor());
        out.println("enabled " + new Username(username));
        return 0;
    }
}
