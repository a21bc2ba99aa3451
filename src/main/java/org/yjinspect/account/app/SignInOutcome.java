package org.yjinspect.account.app;

import java.time.Duration;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.SecretToken;

/** What a sign-in came to: a new session, a refusal (the same whatever was wrong), or "wait". */
public sealed interface SignInOutcome {
    String REFUSED = "the username or password is not right";

    record SignedIn(Principal principal, SecretToken session) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
    }

    record Throttled(Duration retryAfter, String reason) implements SignInOutcome {
    }
}
