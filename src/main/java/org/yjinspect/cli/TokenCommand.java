package org.yjinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code yjinspect token create|list|revoke}: personal access tokens for API clients and scripts,
 * made without the browser by whoever can reach the database directly, as {@code user create} is
 * (docs/cli-tokens.md). A token acts with its owner's rights.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, list and revoke an account's personal"
        + " access tokens (Authorization: Bearer) for API clients and scripts.",
        subcommands = {TokenCreateCommand.class, TokenListCommand.class, TokenRevokeCommand.class})
public final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
