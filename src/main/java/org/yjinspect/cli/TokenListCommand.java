package org.yjinspect.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.yjinspect.Application;
import org.yjinspect.account.app.AccessTokens.TokenInfo;
import org.yjinspect.account.domain.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect token list --user USER [--json]}: the account's tokens, never their text. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's personal access tokens:"
        + " id, name, created, expires, last used and whether active, expired or revoked (never the token itself).")
public final class TokenListCommand extends DatabaseCommand {
    @Option(names = "--user", required = true, paramLabel = "USER")
    String user;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    protected int run(Application app, PrintWriter out) {
        Account owner = TokenOwner.existing(app, user);
        Instant now = Instant.now();
        return ListOutput.print(out, json, app.tokens().of(owner.principal()), owner.username() + " has no tokens;"
                + " make one with: yjinspect token create --user " + owner.username() + " --name NAME",
                t -> t.id() + "\t" + t.name() + "\tcreated " + t.createdAt() + "\texpires " + t.expiresAt()
                        + "\tlast used " + (t.lastUsedAt() == null ? "never" : t.lastUsedAt()) + "\t" + state(t, now));
    }

    private static String state(TokenInfo t, Instant now) {
        if (t.revokedAt() != null) {
            return "revoked " + t.revokedAt();
        }
        return t.expiresAt().isAfter(now) ? "active" : "expired";
    }
}
