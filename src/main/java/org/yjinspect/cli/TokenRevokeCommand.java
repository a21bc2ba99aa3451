package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.account.app.AccessTokens.TokenInfo;
import org.yjinspect.account.domain.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect token revoke --user USER --id N}: the token stops working at once. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke one of an account's personal access"
        + " tokens: it stops working at once.")
public final class TokenRevokeCommand extends DatabaseCommand {
    @Option(names = "--user", required = true, paramLabel = "USER")
    String user;
    @Option(names = "--id", required = true, paramLabel = "N", description = "The token's id (yjinspect token list).")
    long id;

    @Override
    protected int run(Application app, PrintWriter out) {
        Account owner = TokenOwner.existing(app, user);
        TokenInfo token = app.tokens().of(owner.principal()).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new InputError("--id " + id + ": " + owner.username() + " has no token " + id
                        + " (yjinspect token list --user " + owner.username() + " shows them)"));
        if (token.revokedAt() != null) {
            out.println("token " + id + " \"" + token.name() + "\" of " + owner.username() + " was already revoked at "
                    + token.revokedAt());
            return 0;
        }
        app.tokens().revoke(owner.principal(), id, TokenCreateCommand.WHERE);
        out.println("revoked token " + id + " \"" + token.name() + "\" of " + owner.username());
        return 0;
    }
}
