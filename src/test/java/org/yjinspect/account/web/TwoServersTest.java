package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.Fixtures;

/**
 * Two servers on one database, as behind a load balancer: they agree on sessions, tokens, the
 * sign-in throttle and the revisions of records, because none of it is in one server's memory.
 * CI runs this against an external PostgreSQL as well (.ci/external-postgres.sh).
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class TwoServersTest {
    private static final String PASSWORD = "kettle orbit lantern";
    private static final String INSPECTION = """
            {"serviceName": "Westshire YJS", "kind": "inspection", "frameworkVersion": "2021",
             "announcementDate": "2024-10-14", "fieldworkStart": "2024-11-04", "fieldworkEnd": "2024-11-08"}""";
    private static Application first;
    private static Application second;
    private static Javalin one;
    private static Javalin two;
    private static AccountClient a;
    private static AccountClient b;

    @BeforeAll
    static void start(TestDatabase db) {
        first = Application.open(db.config());
        second = Application.open(db.config());
        one = first.web().start(0);
        two = second.web().start(0);
        a = new AccountClient(one.port());
        b = new AccountClient(two.port());
        for (String name : new String[] {"jac", "kit", "lowri", "mali"}) {
            first.accounts().create(CreateAccountCommand.of(name, null, PASSWORD.toCharArray(), false, "test set-up"));
        }
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
        AccountClient.Session session = a.session("jac", PASSWORD);
        assertThat(b.me(session.cookie(), null).body().get("username").asText()).isEqualTo("jac");
        assertThat(b.me(session.cookie(), null).body().get("csrfToken").asText())
                .as("both servers derive the same synchronizer token").isEqualTo(session.csrfToken());
        AccountClient.Answer created = b.send("POST", "/api/tokens", "{\"name\": \"two\", \"expiresInDays\": 1}", session);
        assertThat(created.status()).isEqualTo(201);
        String token = created.body().get("token").asText();
        assertThat(a.me(null, token).status()).isEqualTo(200);
        assertThat(b.send("DELETE", "/api/session", null, session).status()).isEqualTo(204);
        assertThat(a.me(session.cookie(), null).status()).isEqualTo(401);
        assertThat(a.me(null, token).status()).as("the token outlives the session").isEqualTo(200);
    }

    @Test
    void failuresOnOneServerSlowSignInOnTheOther() throws Exception {
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? a : b).signIn("kit", "not the password " + i, null);
        }
        assertThat(b.signIn("kit", PASSWORD, null).status()).isEqualTo(429);
        assertThat(a.signIn("kit", PASSWORD, null).status()).isEqualTo(429);
    }

    @Test
    void aStaleWriteThroughOneServerIsRefusedThroughTheOther() throws Exception {
        AccountClient.Session lead = a.session("lowri", PASSWORD);
        AccountClient.Answer created = a.send("POST", "/api/inspections", INSPECTION, lead);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String base = "/api/inspections/" + created.body().get("id").asLong();
        AccountClient.Answer imported = a.raw("PUT", base + "/caseload", Fixtures.csv(Fixtures.caseload(31, 300)),
                "text/csv", AccountClient.headers(lead));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        AccountClient.Answer drawn = b.send("POST", base + "/sample",
                "{\"seed\": 31, \"maximum\": 3, \"resettlementCap\": 0}", lead);
        assertThat(drawn.status()).as(drawn.raw()).isEqualTo(201);
        long caseId = courtCase(a.send("GET", base + "/assessments", null, lead));
        String prompt = base + "/assessments/" + caseId + "/prompts/2.1.desistance.a";

        AccountClient.Answer saved = a.send("PUT", prompt, "{\"answer\": \"yes\", \"baseRevision\": 0}", lead);
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.body().at("/saved/revision").asInt()).isEqualTo(1);

        AccountClient.Answer stale = b.send("PUT", prompt, "{\"answer\": \"no\", \"baseRevision\": 0}", lead);
        assertThat(stale.status()).as(stale.raw()).isEqualTo(409);
        assertThat(stale.body().get("stale").asBoolean()).isTrue();
        assertThat(stale.error()).contains("changed by lowri");
        assertThat(stale.body().at("/current/answer").asText()).isEqualTo("yes");
        assertThat(stale.body().at("/current/revision").asInt()).isEqualTo(1);
        JsonNode form = b.send("GET", base + "/assessments/" + caseId, null, lead).body();
        assertThat(form.at("/standards/0/keyQuestions/0/prompts/0/answer/answer").asText())
                .as("the stale write changed nothing").isEqualTo("yes");
    }

    @Test
    void disablingAUserEndsTheirSessionsOnBothServersAtOnce() throws Exception {
        AccountClient.Session onOne = a.session("mali", PASSWORD);
        AccountClient.Session onTwo = b.session("mali", PASSWORD);
        assertThat(a.me(onTwo.cookie(), null).status()).isEqualTo(200);
        assertThat(b.me(onOne.cookie(), null).status()).isEqualTo(200);

        second.accounts().setActive(new Username("mali"), false, "test admin");

        for (AccountClient server : new AccountClient[] {a, b}) {
            for (AccountClient.Session session : new AccountClient.Session[] {onOne, onTwo}) {
                assertThat(server.me(session.cookie(), null).status()).isEqualTo(401);
                assertThat(server.send("POST", "/api/tokens", "{\"name\": \"late\", \"expiresInDays\": 1}", session)
                        .status()).isEqualTo(401);
            }
        }
        long sessions = first.database().jdbi().withHandle(h -> h.createQuery("select count(*) from account_session s"
                + " join user_account u on u.id = s.user_id where u.username = 'mali'").mapTo(Long.class).one());
        assertThat(sessions).as("the sessions are deleted, not merely refused").isZero();
        first.accounts().setActive(new Username("mali"), true, "test admin");
        assertThat(a.me(onOne.cookie(), null).status()).as("enabling again does not bring them back").isEqualTo(401);
    }

    private static long courtCase(AccountClient.Answer list) {
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false)
                .filter(c -> c.at("/assessedCase/caseType").asText().equalsIgnoreCase("court_disposal"))
                .mapToLong(c -> c.at("/assessedCase/sampleCaseId").asLong()).findFirst()
                .orElseThrow(() -> new AssertionError("no court case in " + list.raw()));
    }
}
