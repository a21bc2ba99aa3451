package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;

/** Two servers on one database agree on sessions, tokens and the sign-in throttle: none of it is in memory. */
@ExtendWith(EmbeddedPostgresExtension.class)
class TwoServersTest {
    private static final String PASSWORD = "kettle orbit lantern";
    private static Application first;
    private static Application second;
    private static Javalin one;
    private static Javalin two;

    @BeforeAll
    static void start(TestDatabase db) {
        first = Application.open(db.config());
        second = Application.open(db.config());
        one = first.web().start(0);
        two = second.web().start(0);
        first.accounts().create(CreateAccountCommand.of("jac", null, PASSWORD.toCharArray(), false, "test set-up"));
    }

    @AfterAll
    static void stop() {
        one.stop();
        two.stop();
        first.close();
        second.close();
    }

    @Test
    void aSessionOrTokenMadeOnOneServerWorksOnTheOtherAndEndsOnBoth() throws Exception {
        AccountClient a = new AccountClient(one.port());
        AccountClient b = new AccountClient(two.port());
        String session = a.signIn("jac", PASSWORD, null).sessionCookie().orElseThrow();
        assertThat(b.me(session, null).body().get("username").asText()).isEqualTo("jac");
        String token = b.send("POST", "/api/tokens", "{\"name\": \"two\", \"expiresInDays\": 1}", session, null)
                .body().get("token").asText();
        assertThat(a.me(null, token).status()).isEqualTo(200);
        assertThat(b.send("DELETE", "/api/session", null, session, null).status()).isEqualTo(204);
        assertThat(a.me(session, null).status()).isEqualTo(401);
    }

    @Test
    void failuresOnOneServerSlowSignInOnTheOther() throws Exception {
        first.accounts().create(CreateAccountCommand.of("kit", null, PASSWORD.toCharArray(), false, "test set-up"));
        AccountClient a = new AccountClient(one.port());
        AccountClient b = new AccountClient(two.port());
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? a : b).signIn("kit", "not the password " + i, null);
        }
        assertThat(b.signIn("kit", PASSWORD, null).status()).isEqualTo(429);
        assertThat(a.signIn("kit", PASSWORD, null).status()).isEqualTo(429);
    }
}
