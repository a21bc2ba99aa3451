package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;

/** Personal access tokens: shown once, stored hashed, acting as their owner until revoked, expired or disabled. */
@ExtendWith(EmbeddedPostgresExtension.class)
class TokenApiTest {
    private static final String PASSWORD = "kettle orbit lantern";
    private static Application app;
    private static Javalin web;
    private static AccountClient http;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        http = new AccountClient(web.port());
        for (String name : new String[] {"gwen", "huw", "ifan"}) {
            app.accounts().create(CreateAccountCommand.of(name, null, PASSWORD.toCharArray(), false, "test set-up"));
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    private static AccountClient.Session session(String name) throws Exception {
        return http.session(name, PASSWORD);
    }

    private static AccountClient.Answer create(AccountClient.Session session, String body) throws Exception {
        return session == null ? http.send("POST", "/api/tokens", body, null, null)
                : http.send("POST", "/api/tokens", body, session);
    }

    @Test
    void aTokenIsShownOnceActsAsItsOwnerAndStopsWorkingWhenRevoked() throws Exception {
        AccountClient.Session gwen = session("gwen");
        AccountClient.Answer created = create(gwen, "{\"name\": \"caseload export\", \"expiresInDays\": 30}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.body().get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.body().get("expiresAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        AccountClient.Answer me = http.me(null, token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("gwen");
        AccountClient.Answer listed = http.send("GET", "/api/tokens", null, null, token);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.raw()).doesNotContain(token).contains("caseload export").contains("lastUsedAt");
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery("select token_hash from access_token where name = 'caseload export'")
                .mapTo(byte[].class).one());
        assertThat(stored).isEqualTo(new SecretToken(token).hash());

        long id = created.body().get("id").asLong();
        assertThat(http.send("DELETE", "/api/tokens/" + id, null, session("huw")).status())
                .as("another account's token is not found").isEqualTo(404);
        assertThat(http.send("DELETE", "/api/tokens/" + id, null, gwen).status()).isEqualTo(204);
        assertThat(http.me(null, token).status()).isEqualTo(401);
        assertThat(new JdbiAccountAudit(app.database().jdbi()).of("gwen")).contains("token used: caseload export",
                "token revoked: token " + id).anyMatch(e -> e.startsWith("token created: caseload export, expires"));
    }

    @Test
    void aDisabledOwnersTokensStopWorking() throws Exception {
        String token = create(session("ifan"), "{\"name\": \"script\", \"expiresInDays\": 1}").body().get("token").asText();
        assertThat(http.me(null, token).status()).isEqualTo(200);
        app.accounts().setActive(new Username("ifan"), false, "test admin");
        assertThat(http.me(null, token).status()).isEqualTo(401);
    }

    @Test
    void makingATokenNeedsASignedInOwnerAndAPlausibleNameAndLifetime() throws Exception {
        assertThat(create(null, "{\"name\": \"x\", \"expiresInDays\": 1}").status()).isEqualTo(401);
        assertThat(create(null, "{\"name\": \"x\", \"expiresInDays\": 1}").error()).contains("sign in first");
        AccountClient.Session huw = session("huw");
        assertThat(create(huw, "{\"name\": \"x\", \"expiresInDays\": 0}").error()).contains("from 1 to 366");
        assertThat(create(huw, "{\"name\": \"x\", \"expiresInDays\": 367}").status()).isEqualTo(400);
        assertThat(create(huw, "{\"name\": \"x\"}").status()).isEqualTo(400);
        assertThat(create(huw, "{\"name\": \"\\u202eevil\", \"expiresInDays\": 5}").status()).isEqualTo(400);
        assertThat(create(huw, "{\"name\": \"<script>alert(1)</script>\", \"expiresInDays\": 5}").status())
                .isEqualTo(201);
        assertThat(http.send("GET", "/api/tokens", null, huw.cookie(), null).raw()).contains("<script>alert(1)</script>");
        assertThat(http.me(null, "not-a-token").status()).isEqualTo(401);
    }
}
