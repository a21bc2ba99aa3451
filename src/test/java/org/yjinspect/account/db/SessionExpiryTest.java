package org.yjinspect.account.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.account.domain.SessionSettings;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;

/** A session ends after 2 hours without use and 12 hours after sign-in, as the database sees it. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SessionExpiryTest {
    private static final Instant SIGN_IN = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration IDLE = SessionSettings.DEFAULT_IDLE;
    private static JdbiSessions sessions;
    private static long userId;

    @BeforeAll
    static void open(Application app) {
        sessions = new JdbiSessions(app.database().jdbi());
        userId = app.accounts().create(CreateAccountCommand.of("lowri", null, "kettle orbit lantern".toCharArray(),
                false, "test set-up")).id();
    }

    private static byte[] started(String fill) {
        byte[] hash = new SecretToken(fill.repeat(43)).hash();
        sessions.start(hash, userId, SIGN_IN, SIGN_IN.plus(SessionSettings.DEFAULT_ABSOLUTE));
        return hash;
    }

    @Test
    void aSessionUnusedForTwoHoursHasEnded() {
        byte[] hash = started("a");
        assertThat(sessions.resolve(hash, SIGN_IN.plus(Duration.ofMinutes(119)), IDLE)).isPresent();
        assertThat(sessions.resolve(hash, SIGN_IN.plus(Duration.ofMinutes(119 + 119)), IDLE)).as("seen again in time")
                .isPresent();
        assertThat(sessions.resolve(hash, SIGN_IN.plus(Duration.ofMinutes(119 + 119 + 121)), IDLE)).isEmpty();
    }

    @Test
    void aSessionInUseAllDayStillEndsTwelveHoursAfterSignIn() {
        byte[] hash = started("b");
        for (int hour = 1; hour < 12; hour++) {
            assertThat(sessions.resolve(hash, SIGN_IN.plus(Duration.ofHours(hour)), IDLE)).as("hour " + hour).isPresent();
        }
        assertThat(sessions.resolve(hash, SIGN_IN.plus(Duration.ofHours(12)), IDLE)).isEmpty();
    }

    @Test
    void endingAllSessionsOfAnAccountEndsEachOfThem() {
        byte[] one = started("c");
        byte[] other = started("d");
        assertThat(sessions.endAll(userId)).isGreaterThanOrEqualTo(2);
        assertThat(sessions.resolve(one, SIGN_IN.plusSeconds(1), IDLE)).isEmpty();
        assertThat(sessions.resolve(other, SIGN_IN.plusSeconds(1), IDLE)).isEmpty();
    }
}
