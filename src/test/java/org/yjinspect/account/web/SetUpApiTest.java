package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.json.Json;

/** The first administrator: made once, with a one-time token that is stored hashed and lasts an hour. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SetUpApiTest {
    private static Application app;
    private static Javalin web;
    private static AccountClient http;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        http = new AccountClient(web.port());
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    private static AccountClient.Answer setUp(String token, String username, String password) throws Exception {
        return http.send("POST", "/api/setup", "{\"token\": " + Json.write(token) + ", \"username\": "
                + Json.write(username) + ", \"password\": " + Json.write(password) + "}", null, null);
    }

    @Test
    void theSetUpTokenMakesTheFirstAdministratorOnceAndIsThenSpent() throws Exception {
        // An expired token, as if issued more than an hour ago.
        SecretToken expired = new SecretToken("e".repeat(43));
        app.database().jdbi().useHandle(h -> h.createUpdate("insert into setup_token (token_hash, expires_at) values"
                + " (:hash, :expires)").bind("hash", expired.hash()).bind("expires", OffsetDateTime.now().minusMinutes(1))
                .execute());
        assertThat(setUp(expired.text(), "root", "kettle orbit lantern").status()).isEqualTo(400);

        String token = app.accounts().issueSetUpToken("test").orElseThrow().text();
        String second = app.accounts().issueSetUpToken("test").orElseThrow().text();
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery("select token_hash from setup_token order"
                + " by created_at desc limit 1").mapTo(byte[].class).one());
        assertThat(stored).hasSize(32).isEqualTo(new SecretToken(second).hash());

        AccountClient.Answer weak = setUp(token, "root", "password1234");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.error()).contains("common passwords");
        AccountClient.Answer wrong = setUp("x".repeat(43), "root", "kettle orbit lantern");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.error()).contains("cannot be used");

        AccountClient.Answer made = setUp(token, "Root", "kettle orbit lantern");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("username").asText()).isEqualTo("root");
        assertThat(made.body().get("administrator").asBoolean()).isTrue();

        assertThat(setUp(token, "root2", "kettle orbit lantern").status()).as("used once").isEqualTo(400);
        assertThat(setUp(second, "root2", "kettle orbit lantern").status()).as("an administrator exists").isEqualTo(400);
        assertThat(app.accounts().issueSetUpToken("test")).as("no link once there is an administrator").isEmpty();

        AccountClient.Answer signedIn = http.signIn("root", "kettle orbit lantern", null);
        assertThat(signedIn.body().get("administrator").asBoolean()).isTrue();
        String hash = app.database().jdbi().withHandle(h -> h.createQuery("select password_hash from user_account where"
                + " username = 'root'").mapTo(String.class).one());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("kettle");
    }
}
