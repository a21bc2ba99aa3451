package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.Application;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.account.domain.Account;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yjinspect token create --user USER --name NAME [--days N] [--json]}. The token's text
 * is the only line on standard output, so a script can take it with {@code $(...)}; what it is
 * (id, owner, expiry) goes to standard error. It is shown this once: only its hash is kept.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Make a personal access token for an"
        + " active account and print it (the only time it is shown) on standard output; its id and expiry go to"
        + " standard error.")
public final class TokenCreateCommand extends DatabaseCommand {
    static final int DEFAULT_DAYS = 30;
    /** How the account audit records where the token was made. */
    static final String WHERE = "command line";

    @Option(names = "--user", required = true, paramLabel = "USER", description = "The account the token acts as.")
    String user;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "What the token is for, e.g."
            + " \"caseload export\" (shown in token list).")
    String name;
    @Option(names = "--days", paramLabel = "N", defaultValue = "" + DEFAULT_DAYS, description = "Days until it"
            + " expires: 1 to " + PersonalTokens.LONGEST_DAYS + " (default ${DEFAULT-VALUE}).")
    int days;
    @Option(names = "--json", description = "Print {id, name, createdAt, expiresAt, token} as JSON instead.")
    boolean json;

    @Override
    protected int run(Application app, PrintWriter out) {
        if (days < 1 || days > PersonalTokens.LONGEST_DAYS) {
            throw new InputError("--days " + days + ": a token expires after 1 to " + PersonalTokens.LONGEST_DAYS
                    + " days; give a whole number in that range");
        }
        Account owner = TokenOwner.active(app, user);
        PersonalTokens.Created created = app.tokens().create(owner.principal(), name, days, WHERE);
        if (json) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", created.info().id());
            shown.put("name", created.info().name());
            shown.put("createdAt", created.info().createdAt());
            shown.put("expiresAt", created.info().expiresAt());
            shown.put("token", created.token());
            out.println(RecordJson.write(shown));
        } else {
            out.println(created.token());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("token " + created.info().id() + " \"" + created.info().name() + "\" of " + owner.username()
                + ", expires " + created.info().expiresAt() + "; it is shown only this once: keep it where only"
                + " its user can read it (revoke it with: yjinspect token revoke --user " + owner.username()
                + " --id " + created.info().id() + ")");
        err.flush();
        return 0;
    }
}
