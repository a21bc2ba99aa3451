package org.yjinspect.cli;

import org.yjinspect.Application;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.problem.SafeText;

/**
 * The account named by {@code --user} of a token command. Any existing account may have its
 * tokens listed and revoked; only an active one gets a new token, since a disabled account's
 * tokens do not work.
 */
final class TokenOwner {
    private TokenOwner() {
    }

    static Account existing(Application app, String user) {
        Username username = new Username(user);
        return app.accounts().all().stream().filter(a -> a.username().equals(username.value())).findFirst()
                .orElseThrow(() -> new InputError("--user " + SafeText.shown(user) + ": there is no account "
                        + username + " (yjinspect user list shows the accounts; yjinspect user create makes one)"));
    }

    static Account active(Application app, String user) {
        Account account = existing(app, user);
        if (!account.active()) {
            throw new InputError("--user " + account.username() + ": the account is disabled, and a disabled account's"
                    + " tokens do not work; enable it first (yjinspect user enable " + account.username() + ")");
        }
        return account;
    }
}
