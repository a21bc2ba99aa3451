package org.yjinspect.account.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.yjinspect.account.domain.Principal;

/** Server-side sessions, found by the SHA-256 of their token. */
public interface Sessions {
    void start(byte[] tokenHash, long userId, Instant now, Instant expiresAt);

    /** The session's account when the session is unexpired (idle and absolute) and the account active; marks it seen. */
    Optional<Principal> resolve(byte[] tokenHash, Instant now, Duration idle);

    void end(byte[] tokenHash);

    /** Ends every session of the account; returns how many there were. */
    int endAll(long userId);
}
