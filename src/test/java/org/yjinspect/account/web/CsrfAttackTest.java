package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.TestUsers;

/**
 * Cross-site request forgery: a page on another site can make the browser send the session cookie
 * but can neither read the session's synchronizer token nor set the X-CSRF-Token header. So a
 * write made with the cookie and without its own session's token is refused (403), changes
 * nothing and is in the account audit; reads and bearer-token clients need no token.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class CsrfAttackTest {
    private static final String INSPECTION = """
            {"serviceName": "Southshire YJS", "kind": "inspection", "frameworkVersion": "2021",
             "announcementDate": "2024-10-14", "fieldworkStart": "2024-11-04", "fieldworkEnd": "2024-11-08"}""";
    private static final String TOKEN = "{\"name\": \"forged\", \"expiresInDays\": 30}";
    private static Application app;
    private static Javalin web;
    private static AccountClient http;
    private static JdbiAccountAudit audit;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        http = new AccountClient(web.port());
        audit = new JdbiAccountAudit(app.database().jdbi());
        for (String name : new String[] {"nia", "owain", "pryderi", "rhian", "sioned"}) {
            TestUsers.account(app, name);
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    private static AccountClient.Session signIn(String name) throws Exception {
        return http.session(name, TestUsers.PASSWORD);
    }

    /** The writes a forged request would try: make a token, make an inspection, sign the victim out. */
    private static List<String[]> writes() {
        return List.of(new String[] {"POST", "/api/tokens", TOKEN}, new String[] {"POST", "/api/inspections", INSPECTION},
                new String[] {"DELETE", "/api/session", null}, new String[] {"DELETE", "/api/sessions", null});
    }

    private static void assertRefusedAndNothingChanged(AccountClient.Session session, String what) throws Exception {
        Map<String, String> before = DatabaseFingerprint.of(app.database().jdbi());
        for (String[] write : writes()) {
            AccountClient.Answer refused = http.send(write[0], write[1], write[2], session);
            assertThat(refused.status()).as(what + ": " + write[0] + " " + write[1]).isEqualTo(403);
            assertThat(refused.error()).contains("X-CSRF-Token").contains("csrfToken");
        }
        assertThat(DatabaseFingerprint.of(app.database().jdbi())).as(what + " changed nothing").isEqualTo(before);
        assertThat(http.me(session.cookie(), null).status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aWriteWithTheCookieAndNoTokenIsRefusedChangesNothingAndIsAudited() throws Exception {
        AccountClient.Session nia = signIn("nia");
        assertRefusedAndNothingChanged(nia.withToken(null), "no token");
        assertRefusedAndNothingChanged(nia.withToken(""), "an empty token");
        assertRefusedAndNothingChanged(nia.withToken("A".repeat(43)), "a made-up token");
        assertRefusedAndNothingChanged(nia.withToken(nia.cookie()), "the cookie's own value as the token");

        AccountClient.Answer inQuery = http.send("POST", "/api/tokens?csrf=" + nia.csrfToken(), TOKEN,
                nia.withToken(null));
        assertThat(inQuery.status()).as("the token is read from the header only, never from the URL").isEqualTo(403);
        assertThat(http.send("GET", "/api/tokens", null, nia.cookie(), null).body()).isEmpty();
        assertThat(audit.of("nia")).filteredOn(e -> e.startsWith("access refused: "))
                .contains("access refused: POST /api/tokens: no synchronizer token",
                        "access refused: POST /api/inspections: no synchronizer token",
                        "access refused: DELETE /api/session: no synchronizer token",
                        "access refused: DELETE /api/sessions: no synchronizer token")
                .hasSize(4 * writes().size() + 1);
    }

    @Test
    void anotherSessionsTokenIsRefusedEvenTheSameAccountsEarlierOne() throws Exception {
        AccountClient.Session owain = signIn("owain");
        AccountClient.Session attacker = signIn("pryderi");
        assertRefusedAndNothingChanged(owain.withToken(attacker.csrfToken()), "another account's session's token");
        AccountClient.Session owainElsewhere = signIn("owain");
        assertRefusedAndNothingChanged(owain.withToken(owainElsewhere.csrfToken()),
                "the token of the same account's other session");
        assertThat(audit.of("owain")).filteredOn(e -> e.startsWith("access refused: ")).hasSize(2 * writes().size());
        assertThat(audit.of("pryderi")).noneMatch(e -> e.startsWith("access refused: "));
    }

    @Test
    void aWriteWithItsOwnSessionsTokenIsAllowed() throws Exception {
        AccountClient.Session rhian = signIn("rhian");
        AccountClient.Answer token = http.send("POST", "/api/tokens", TOKEN, rhian);
        assertThat(token.status()).as(token.raw()).isEqualTo(201);
        AccountClient.Answer inspection = http.send("POST", "/api/inspections", INSPECTION, rhian);
        assertThat(inspection.status()).as(inspection.raw()).isEqualTo(201);
        long id = inspection.body().get("id").asLong();
        assertThat(http.send("GET", "/api/inspections/" + id + "/team", null, rhian).raw()).contains("rhian");
        assertThat(http.send("DELETE", "/api/session", null, rhian).status()).isEqualTo(204);
        assertThat(audit.of("rhian")).noneMatch(e -> e.startsWith("access refused: "));
    }

    @Test
    void aBearerTokenWriteNeedsNoSynchronizerTokenAndCookieReadsNeedNone() throws Exception {
        String bearer = TestUsers.token(app, "sioned");
        AccountClient.Answer token = http.send("POST", "/api/tokens", TOKEN, null, bearer);
        assertThat(token.status()).as(token.raw()).isEqualTo(201);
        AccountClient.Answer inspection = http.send("POST", "/api/inspections", INSPECTION, null, bearer);
        assertThat(inspection.status()).as(inspection.raw()).isEqualTo(201);
        long id = inspection.body().get("id").asLong();

        AccountClient.Session sioned = signIn("sioned").withToken(null);
        for (String path : new String[] {"/api/me", "/api/tokens", "/api/inspections", "/api/inspections/" + id,
            "/api/inspections/" + id + "/team"}) {
            assertThat(http.send("GET", path, null, sioned).status()).as("GET " + path + " by cookie").isEqualTo(200);
        }
        assertThat(http.me(sioned.cookie(), null).body().get("csrfToken").asText())
                .as("GET /api/me gives the page its token again").hasSize(43);
        assertThat(http.me(null, bearer).body().has("csrfToken")).as("a bearer client has no session token").isFalse();
        assertThat(audit.of("sioned")).noneMatch(e -> e.startsWith("access refused: "));
    }
}
