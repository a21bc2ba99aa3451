package org.yjinspect.account.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.AccountEvent.Kind;
import org.yjinspect.account.domain.PasswordHasher;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.account.domain.SessionSettings;
import org.yjinspect.account.domain.SignInThrottlePolicy;
import org.yjinspect.account.domain.Username;
import org.yjinspect.rules.Ruling;

/**
 * Signing in and out. An unknown username, a disabled account and a wrong password get the same
 * answer after the same work (one Argon2id check, against a dummy hash when there is no account),
 * so the answer tells an attacker nothing about which names exist. Every sign-in makes a new
 * session; the one the client held before is ended.
 */
public final class SignIn {
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInFailures failures;
    private final AccountAudit audit;
    private final PasswordHasher hasher;
    private final SessionSettings settings;
    private final SecureRandom random;
    private final Clock clock;
    private final SignInThrottlePolicy throttle = new SignInThrottlePolicy();

    public SignIn(Accounts accounts, Sessions sessions, SignInFailures failures, AccountAudit audit,
                  PasswordHasher hasher, SessionSettings settings, SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.failures = failures;
        this.audit = audit;
        this.hasher = hasher;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    public SessionSettings settings() {
        return settings;
    }

    public SignInOutcome signIn(SignInCommand c) {
        Instant now = clock.instant();
        endPrevious(c.previousToken());
        String name = c.username().strip().toLowerCase(java.util.Locale.ROOT);
        Instant since = now.minus(SignInThrottlePolicy.WINDOW);
        Ruling<Duration> wait = throttle.check(failures.forUsername(name, since), failures.forAddress(c.clientAddress(),
                since), now);
        if (!wait.value().isZero()) {
            audit.record(new AccountEvent(null, name, Kind.SIGN_IN_THROTTLED, wait.reason(), name, c.clientAddress()));
            return new SignInOutcome.Throttled(wait.value(), wait.reason());
        }
        Optional<Accounts.WithPassword> found = username(name).flatMap(accounts::withPassword);
        boolean matches = found.map(a -> hasher.matches(c.password(), a.passwordHash())).orElseGet(() -> {
            hasher.spendOneCheck(c.password());
            return false;
        });
        if (!matches || !found.get().account().active()) {
            failures.record(name, c.clientAddress(), now);
            audit.record(new AccountEvent(found.map(a -> a.account().id()).orElse(null), name, Kind.SIGN_IN_FAILED,
                    found.isEmpty() ? "no such account" : matches ? "account disabled" : "wrong password", name,
                    c.clientAddress()));
            return new SignInOutcome.Refused();
        }
        Principal principal = found.get().account().principal();
        SecretToken token = SecretToken.random(random);
        sessions.start(token.hash(), principal.userId(), now, now.plus(settings.absolute()));
        failures.clear(name);
        audit.record(new AccountEvent(principal.userId(), name, Kind.SIGNED_IN, null, name, c.clientAddress()));
        return new SignInOutcome.SignedIn(principal, token);
    }

    /** The signed-in account of a session token, or empty for a token that is unknown, expired or of a disabled account. */
    public Optional<Principal> session(String token) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        return sessions.resolve(new SecretToken(token).hash(), clock.instant(), settings.idle());
    }

    public void signOut(String token, Principal principal, String clientAddress) {
        endPrevious(token);
        audit.record(new AccountEvent(principal.userId(), principal.username(), Kind.SIGNED_OUT, null,
                principal.username(), clientAddress));
    }

    public int signOutEverywhere(Principal principal, String clientAddress) {
        int ended = sessions.endAll(principal.userId());
        audit.record(new AccountEvent(principal.userId(), principal.username(), Kind.SIGNED_OUT_EVERYWHERE,
                ended + " sessions ended", principal.username(), clientAddress));
        return ended;
    }

    private void endPrevious(String token) {
        if (SecretToken.wellFormed(token)) {
            sessions.end(new SecretToken(token).hash());
        }
    }

    private static Optional<Username> username(String name) {
        try {
            return Optional.of(new Username(name));
        } catch (org.yjinspect.platform.problem.Problem notAName) {
            return Optional.empty();
        }
    }
}
