package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.yjinspect.Application;
import org.yjinspect.account.domain.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect user reset-password USERNAME [--password-stdin]}: a new password; the account's sessions end. */
@Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Give an account a new password"
        + " (typed at the terminal, or --password-stdin). Its sessions end.")
public final class UserResetPasswordCommand extends DatabaseCommand {
    @Parameters(paramLabel = "USERNAME")
    String username;
    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    protected int run(Application app, PrintWriter out) {
        Username name = new Username(username);
        char[] password = UserPassword.read(passwordStdin);
        try {
            app.accounts().resetPassword(name, password, UserPassword.actor());
            out.println("password reset for " + name + "; its sessions have ended");
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
