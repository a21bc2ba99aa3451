package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.TestUsers;

/**
 * Session fixation: an attacker who sets the victim's session cookie before sign-in (a shared
 * computer, a sibling subdomain) must not be able to use it afterwards. Sign-in never adopts the
 * value the browser held: it issues a new token and ends the one sent. Since the synchronizer
 * token is derived from the session's secret, an attacker who chose the cookie could work out its
 * token too; that is harmless only because the chosen value never becomes a session.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SessionFixationTest {
    private static final String TOKEN = "{\"name\": \"planted\", \"expiresInDays\": 30}";
    private static Application app;
    private static Javalin web;
    private static AccountClient http;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        http = new AccountClient(web.port());
        for (String name : new String[] {"tegan", "urien", "vaughan"}) {
            TestUsers.account(app, name);
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** What the attacker holds afterwards: the value they planted and the token they can derive from it. */
    private static void assertGivesNothing(String planted) throws Exception {
        assertThat(http.me(planted, null).status()).as("the planted value has no principal").isEqualTo(401);
        AccountClient.Session attacker = new AccountClient.Session(planted, CsrfToken.of(planted));
        AccountClient.Answer write = http.send("POST", "/api/tokens", TOKEN, attacker);
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.error()).contains("sign in first");
    }

    @Test
    void aCookieValueChosenBeforeSignInIsNeverAdopted() throws Exception {
        String chosen = "fixedByTheAttacker_" + "x".repeat(24);
        AccountClient.Answer signedIn = http.signIn("tegan", TestUsers.PASSWORD, chosen);
        assertThat(signedIn.status()).isEqualTo(200);
        AccountClient.Session issued = signedIn.session();
        assertThat(issued.cookie()).as("a new token is issued").isNotEqualTo(chosen).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.csrfToken()).isNotEqualTo(CsrfToken.of(chosen)).isEqualTo(CsrfToken.of(issued.cookie()));
        assertGivesNothing(chosen);
        assertThat(http.send("POST", "/api/tokens", TOKEN, issued).status()).as("the victim's own session works")
                .isEqualTo(201);
    }

    @Test
    void theAttackersOwnSessionPlantedInTheVictimsBrowserIsEndedAtTheVictimsSignIn() throws Exception {
        String planted = http.session("urien", TestUsers.PASSWORD).cookie();
        AccountClient.Session victim = http.signIn("vaughan", TestUsers.PASSWORD, planted).session();
        assertThat(victim.cookie()).isNotEqualTo(planted);
        assertGivesNothing(planted);
        assertThat(http.me(victim.cookie(), null).body().get("username").asText()).isEqualTo("vaughan");
    }

    @Test
    void signingInAgainGivesANewSessionAndANewTokenAndEndsTheOldOnes() throws Exception {
        AccountClient.Session before = http.session("tegan", TestUsers.PASSWORD);
        AccountClient.Session after = http.signIn("tegan", TestUsers.PASSWORD, before.cookie()).session();
        assertThat(after.cookie()).isNotEqualTo(before.cookie());
        assertThat(after.csrfToken()).isNotEqualTo(before.csrfToken());
        assertThat(http.me(before.cookie(), null).status()).as("the session held at sign-in ended").isEqualTo(401);
        assertThat(http.send("POST", "/api/tokens", TOKEN, after.withToken(before.csrfToken())).status())
                .as("the old session's token does not carry over").isEqualTo(403);
        assertThat(http.send("POST", "/api/tokens", TOKEN, after).status()).isEqualTo(201);
    }

    @Test
    void aMalformedOrHostileCookieAtSignInIsIgnoredAndReplaced() throws Exception {
        for (String hostile : new String[] {"short", "x".repeat(44), "%27%20or%201%3D1--", "_".repeat(43)}) {
            AccountClient.Answer signedIn = http.signIn("tegan", TestUsers.PASSWORD, hostile);
            assertThat(signedIn.status()).as(hostile).isEqualTo(200);
            assertThat(signedIn.session().cookie()).isNotEqualTo(hostile);
            assertThat(http.me(hostile, null).status()).isEqualTo(401);
        }
    }
}
