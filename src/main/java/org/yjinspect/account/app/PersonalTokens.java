package org.yjinspect.account.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.AccountEvent.Kind;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * Personal access tokens for API clients (scripts, the caseload export of a service's system):
 * named, expiring after 1 to 366 days, revocable, acting as their owner. The token's text is
 * shown once, when it is made; only its hash is kept.
 */
public final class PersonalTokens {
    public static final int LONGEST_DAYS = 366;
    private final AccessTokens tokens;
    private final SecureRandom random;
    private final Clock clock;

    /** A token just made: its text, shown this once, and how it is listed. */
    public record Created(String token, AccessTokens.TokenInfo info) {
    }

    public PersonalTokens(AccessTokens tokens, SecureRandom random, Clock clock) {
        this.tokens = tokens;
        this.random = random;
        this.clock = clock;
    }

    public Created create(Principal owner, String name, Integer expiresInDays, String clientAddress) {
        String checked = TextRule.NAME.checked("the token name", name, 60, true);
        Problem.require(expiresInDays != null && expiresInDays >= 1 && expiresInDays <= LONGEST_DAYS,
                "expiresInDays must be a whole number of days from 1 to " + LONGEST_DAYS + " (got " + expiresInDays + ")");
        SecretToken token = SecretToken.random(random);
        Instant expires = clock.instant().plus(Duration.ofDays(expiresInDays));
        AccessTokens.TokenInfo info = tokens.add(owner.userId(), checked, token.hash(), expires, new AccountEvent(
                owner.userId(), owner.username(), Kind.TOKEN_CREATED, checked + ", expires " + expires, owner.username(),
                clientAddress));
        return new Created(token.text(), info);
    }

    public List<AccessTokens.TokenInfo> of(Principal owner) {
        return tokens.of(owner.userId());
    }

    public void revoke(Principal owner, long tokenId, String clientAddress) {
        boolean revoked = tokens.revoke(owner.userId(), tokenId, clock.instant(), new AccountEvent(owner.userId(),
                owner.username(), Kind.TOKEN_REVOKED, "token " + tokenId, owner.username(), clientAddress));
        if (!revoked) {
            throw Problem.notFound("you have no token " + tokenId);
        }
    }

    /** The owner of a bearer token, or empty when it is unknown, expired, revoked or its owner disabled. */
    public Optional<Principal> owner(String token, String clientAddress) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.resolve(new SecretToken(token).hash(), clock.instant(), clientAddress);
    }
}
