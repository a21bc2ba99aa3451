package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect user create USERNAME [--administrator] [--display-name NAME] [--password-stdin]}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create an account. The password is typed"
        + " at the terminal (not shown) or read from standard input with --password-stdin; never an argument.")
public final class UserCreateCommand extends DatabaseCommand {
    @Parameters(paramLabel = "USERNAME", description = "2 to 40 characters: a-z, digits, . _ -")
    String username;
    @Option(names = "--display-name", paramLabel = "NAME", description = "Optional name shown beside the username.")
    String displayName;
    @Option(names = "--administrator", description = "The account administers accounts.")
    boolean administrator;
    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    protected int run(Application app, PrintWriter out) {
        CreateAccountCommand.of(username, displayName, new char[0], administrator, UserPassword.actor());
        char[] password = UserPassword.read(passwordStdin);
        try {
            Account created = app.accounts().create(CreateAccountCommand.of(username, displayName, password,
                    administrator, UserPassword.actor()));
            out.println("created " + (created.administrator() ? "administrator " : "account ") + created.username());
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
