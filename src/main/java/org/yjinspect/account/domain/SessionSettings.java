package org.yjinspect.account.domain;

import java.time.Duration;

/**
 * How long a signed-in session lasts, and whether its cookie is marked Secure. The defaults suit a
 * fieldwork day: a session ends after 2 hours without a request (a long meeting, a lunch break) and
 * 12 hours after sign-in whatever happens, so one sign-in lasts a working day and never the next.
 * Secure cookies are for a server reached over TLS (directly or through a proxy that ends TLS);
 * set YJINSPECT_SECURE_COOKIES=true there (docs/accounts.md).
 */
public record SessionSettings(Duration idle, Duration absolute, boolean secureCookies) {
    public static final Duration DEFAULT_IDLE = Duration.ofHours(2);
    public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(12);

    public SessionSettings {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session's idle limit must be positive and at most its absolute limit");
        }
    }

    public static SessionSettings defaults(boolean secureCookies) {
        return new SessionSettings(DEFAULT_IDLE, DEFAULT_ABSOLUTE, secureCookies);
    }
}
