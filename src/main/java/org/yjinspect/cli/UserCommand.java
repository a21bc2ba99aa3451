package org.yjinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code yjinspect user create|list|disable|enable|reset-password}: accounts, for administrators
 * who can reach the database directly (docs/accounts.md).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Create, list, disable and enable accounts,"
        + " and reset passwords.", subcommands = {UserCreateCommand.class, UserListCommand.class,
            UserDisableCommand.class, UserEnableCommand.class, UserResetPasswordCommand.class})
public final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
