package org.yjinspect.account.app;

import java.time.Instant;
import org.yjinspect.account.domain.SignInThrottlePolicy.Failures;

/** The failed sign-ins the throttle counts, kept in the database so every server counts the same. */
public interface SignInFailures {
    Failures forUsername(String username, Instant since);

    Failures forAddress(String clientAddress, Instant since);

    void record(String username, String clientAddress, Instant at);

    /** After a successful sign-in, the account's earlier failures no longer slow it. */
    void clear(String username);
}
