package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.account.domain.SignInThrottlePolicy;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.TestUsers;

/**
 * Guessing passwords, over real HTTP, with the server's clock in the test's hand so that minutes
 * pass at once: sign-in is slowed per account and per client address (429 with Retry-After), the
 * wait never exceeds {@link SignInThrottlePolicy#LONGEST_WAIT} however long the attack goes on,
 * and the real owner signs in once it has passed, from another address or the attacker's own.
 * The server is {@link ClockedSignInServer}: the application's sign-in and access gate on the
 * test's clock.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class BruteForceSignInTest {
    private static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private static Application app;
    private static Javalin web;
    private static AccountClient attacker;
    private static FromAddress otherOffice;
    private static JdbiAccountAudit audit;

    @BeforeAll
    static void start(TestDatabase db) throws Exception {
        app = Application.open(db.config());
        audit = new JdbiAccountAudit(app.database().jdbi());
        web = ClockedSignInServer.start(app, audit, CLOCK);
        attacker = new AccountClient(web.port());
        otherOffice = new FromAddress(web.port(), "127.0.0.2");
        for (String name : new String[] {"wyn", "xander", "yana", "zac"}) {
            TestUsers.account(app, name);
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** Each test starts an hour after the last, so no failure of another test is still counted. */
    @BeforeEach
    void anHourLater() {
        CLOCK.advance(Duration.ofHours(1));
    }

    /** One guess at {@code name} as fast as the throttle allows: the seconds it made the attacker wait first. */
    private static long guessWhenAllowed(String name, int guess) throws Exception {
        AccountClient.Answer answer = attacker.signIn(name, "guess " + guess + " of many", null);
        if (answer.status() != 429) {
            assertThat(answer.status()).isEqualTo(401);
            return 0;
        }
        long wait = Long.parseLong(answer.response().headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).as("never more than five minutes").isBetween(1L, SignInThrottlePolicy.LONGEST_WAIT.toSeconds());
        CLOCK.advance(Duration.ofSeconds(wait));
        assertThat(attacker.signIn(name, "guess " + guess + " of many", null).status()).as("after the wait").isEqualTo(401);
        return wait;
    }

    @Test
    void waitsDoubleAfterFiveFailuresUpToFiveMinutesThenTheOwnerSignsInFromAnywhere() throws Exception {
        Instant attackStarted = CLOCK.instant();
        long wait = 0;
        int guesses = 0;
        while (wait < SignInThrottlePolicy.LONGEST_WAIT.toSeconds()) {
            long before = wait;
            wait = guessWhenAllowed("wyn", guesses++);
            assertThat(wait).as("guess " + guesses).isEqualTo(guesses <= 5 ? 0 : guesses == 6 ? 1
                    : Math.min(before * 2, SignInThrottlePolicy.LONGEST_WAIT.toSeconds()));
        }
        assertThat(guesses).as("5 free, then 1, 2, 4 ... 256 seconds, then the cap").isEqualTo(15);
        assertThat(Duration.between(attackStarted, CLOCK.instant())).isEqualTo(Duration.ofSeconds(511 + 300));

        FromAddress.SignInAnswer owner = otherOffice.signIn("wyn", TestUsers.PASSWORD);
        assertThat(owner.status()).as("the account is slowed wherever the owner signs in from").isEqualTo(429);
        assertThat(owner.body()).contains("for this account");
        assertThat(owner.retryAfter()).isEqualTo(SignInThrottlePolicy.LONGEST_WAIT.toSeconds());
        CLOCK.advance(Duration.ofSeconds(owner.retryAfter()));
        assertThat(otherOffice.signIn("wyn", TestUsers.PASSWORD).status())
                .as("five minutes after the attacker's latest try, the owner is in").isEqualTo(200);
        assertThat(audit.of("wyn")).filteredOn(e -> e.startsWith("sign-in failed: wrong password")).hasSize(15);
        assertThat(audit.of("wyn")).filteredOn(e -> e.startsWith("sign-in throttled: ")).hasSize(15 - 5 + 1);
    }

    @Test
    void aSustainedAttackGetsTensOfGuessesAnHourNotThousands() throws Exception {
        Instant end = CLOCK.instant().plus(Duration.ofHours(1));
        int guesses = 0;
        while (CLOCK.instant().isBefore(end)) {
            guessWhenAllowed("xander", guesses++);
        }
        // About 30 ms of Argon2id a guess would allow some 100,000 an hour; the throttle allows about 50 in the
        // first hour and 40 in each after (the count is over the last 15 minutes, so the oldest lapse as it goes).
        assertThat(guesses).as("guesses in one hour of server time").isBetween(40, 60);
    }

    @Test
    void manyNamesTriedFromOneAddressSlowThatAddressOnlyAndTheCountLapses() throws Exception {
        for (int i = 0; i < SignInThrottlePolicy.FREE_PER_ADDRESS; i++) {
            assertThat(attacker.signIn("sprayed-" + i, "Summer2026!", null).status()).as("try " + i).isEqualTo(401);
        }
        AccountClient.Answer slowed = attacker.signIn("yana", TestUsers.PASSWORD, null);
        assertThat(slowed.status()).as("even the right password waits on this address").isEqualTo(429);
        assertThat(slowed.error()).contains("20 failed sign-ins from this address");
        assertThat(slowed.response().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(otherOffice.signIn("yana", TestUsers.PASSWORD).status())
                .as("another address is not slowed by this one's failures").isEqualTo(200);
        assertThat(audit.of("yana")).anyMatch(e -> e.startsWith("sign-in throttled: 20 failed sign-ins from this address"));

        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(attacker.signIn("zac", "one more spray", null).status()).isEqualTo(401);
        AccountClient.Answer longer = attacker.signIn("zac", TestUsers.PASSWORD, null);
        assertThat(longer.status()).isEqualTo(429);
        assertThat(longer.response().headers().firstValue("Retry-After")).as("the next wait doubles").hasValue("2");

        CLOCK.advance(SignInThrottlePolicy.WINDOW.plusSeconds(1));
        AccountClient.Answer lapsed = attacker.signIn("zac", TestUsers.PASSWORD, null);
        assertThat(lapsed.status()).as("15 minutes without failures: the address's count has lapsed").isEqualTo(200);
        assertThat(attacker.me(lapsed.sessionCookie().orElseThrow(), null).body().get("username").asText())
                .isEqualTo("zac");
    }
}
