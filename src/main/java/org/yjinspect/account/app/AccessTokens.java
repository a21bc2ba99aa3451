package org.yjinspect.account.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.Principal;

/** Personal access tokens, found by the SHA-256 of their text. */
public interface AccessTokens {
    /** A token as its owner sees it in a list: never its text. */
    record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt) {
    }

    TokenInfo add(long userId, String name, byte[] tokenHash, Instant expiresAt, AccountEvent event);

    List<TokenInfo> of(long userId);

    /** Revokes the owner's token; false when the owner has no such token. */
    boolean revoke(long userId, long tokenId, Instant now, AccountEvent event);

    /** The owner of an unrevoked, unexpired token of an active account; records its use. */
    Optional<Principal> resolve(byte[] tokenHash, Instant now, String clientAddress);
}
