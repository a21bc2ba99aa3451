package org.yjinspect.account.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.AccountEvent.Kind;
import org.yjinspect.account.domain.PasswordHasher;
import org.yjinspect.account.domain.PasswordPolicy;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * What administrators do with accounts (create, list, disable, enable, reset a password), and the
 * one-time set-up of the first administrator: a random link valid for an hour, printed by the
 * server when it starts with no administrator.
 */
public final class AccountAdministration {
    public static final Duration SET_UP_VALID = Duration.ofHours(1);
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SecureRandom random;
    private final Clock clock;

    public AccountAdministration(Accounts accounts, PasswordHasher hasher, PasswordPolicy policy, SecureRandom random,
                                 Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    public Account create(CreateAccountCommand c) {
        acceptable(c.username(), c.password());
        if (accounts.find(c.username()).isPresent()) {
            throw Problem.conflict("there is already an account " + c.username());
        }
        String hash = hasher.hash(c.password());
        return accounts.add(c.username(), c.displayName(), hash, c.administrator(), new AccountEvent(null,
                c.username().value(), Kind.ACCOUNT_CREATED, c.administrator() ? "administrator" : null, c.actor(), null));
    }

    public List<Account> all() {
        return accounts.all();
    }

    /** The account a command-line write names (--as): it must exist and be active. */
    public Account activeAccount(Username username) {
        Account account = existing(username);
        Problem.require(account.active(), "the account " + username.value() + " is disabled: a change is made"
                + " only in the name of an active account (yjinspect user enable " + username.value() + ")");
        return account;
    }

    public Account setActive(Username username, boolean active, String actor) {
        Account account = existing(username);
        Problem.require(active || !account.username().equals(actor), "you cannot disable your own account: another"
                + " administrator can, if it must be");
        accounts.setActive(account.id(), active, new AccountEvent(account.id(), account.username(),
                active ? Kind.ACCOUNT_ENABLED : Kind.ACCOUNT_DISABLED, null, actor, null));
        return existing(username);
    }

    public void resetPassword(Username username, char[] password, String actor) {
        Account account = existing(username);
        acceptable(username, password);
        accounts.setPassword(account.id(), hasher.hash(password), new AccountEvent(account.id(), account.username(),
                Kind.PASSWORD_RESET, "sessions ended", actor, null));
    }

    /**
     * Changes one's own password: the current one must match (checked with the hasher), the new one
     * pass the policy and differ from it. The session in use stays; every other session ends.
     */
    public PasswordChange changePassword(ChangePasswordCommand c) {
        Username username = new Username(c.who().username());
        Accounts.WithPassword stored = accounts.withPassword(username)
                .orElseThrow(() -> Problem.notFound("there is no account " + username));
        if (!hasher.matches(c.current(), stored.passwordHash())) {
            return PasswordChange.refused(PasswordChange.Field.CURRENT, "the current password is not right: enter"
                    + " the password you signed in with");
        }
        if (java.util.Arrays.equals(c.current(), c.replacement())) {
            return PasswordChange.refused(PasswordChange.Field.REPLACEMENT, "the new password is the same as the"
                    + " current one: choose a different one");
        }
        Ruling<Verdict> ruling = policy.check(username, c.replacement());
        if (!ruling.allowed()) {
            return PasswordChange.refused(PasswordChange.Field.REPLACEMENT, ruling.reason());
        }
        accounts.changePassword(stored.account().id(), hasher.hash(c.replacement()), c.keptSession(),
                new AccountEvent(stored.account().id(), username.value(), Kind.PASSWORD_CHANGED,
                        "other sessions ended", username.value(), c.clientAddress()));
        return PasswordChange.done();
    }

    /** A new set-up token when no active administrator exists; empty when one does. */
    public Optional<SecretToken> issueSetUpToken(String actor) {
        if (accounts.anyActiveAdministrator()) {
            return Optional.empty();
        }
        SecretToken token = SecretToken.random(random);
        accounts.addSetupToken(token.hash(), clock.instant().plus(SET_UP_VALID),
                new AccountEvent(null, null, Kind.SET_UP_LINK_ISSUED, "valid for one hour", actor, null));
        return Optional.of(token);
    }

    /** The first administrator, from a valid set-up token; a refusal naming no detail of why the token failed. */
    public Account setUp(String token, Username username, char[] password, String clientAddress) {
        acceptable(username, password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        return Optional.ofNullable(token).filter(SecretToken::wellFormed)
                .flatMap(t -> accounts.setUpFirstAdministrator(new SecretToken(t).hash(), now, username, hash,
                        new AccountEvent(null, username.value(), Kind.FIRST_ADMINISTRATOR_SET_UP, null,
                                "set-up link from " + clientAddress, clientAddress)))
                .orElseThrow(() -> Problem.invalid("this set-up link cannot be used: it was used already, has expired"
                        + " (after one hour), was mistyped, or an administrator exists; restart the server for a new"
                        + " link, or ask an administrator"));
    }

    private void acceptable(Username username, char[] password) {
        Ruling<Verdict> ruling = policy.check(username, password);
        if (!ruling.allowed()) {
            throw Problem.invalid(ruling.reason());
        }
    }

    private Account existing(Username username) {
        return accounts.find(username).orElseThrow(() -> Problem.notFound("there is no account " + username));
    }
}
