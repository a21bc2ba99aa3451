package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.CommandRun;

/**
 * {@code yjinspect token create|list|revoke}: a script or API client gets a personal access token
 * without the browser, from whoever can reach the database, and it acts as its owner.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class TokenCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        for (String name : new String[] {"tomos", "gwen", "idris"}) {
            CommandRun.account(name, db.options());
        }
        assertThat(CommandRun.on(db, "user", "disable", "idris").exit()).isZero();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    private static String owner(String token) {
        return app.tokens().owner(token, "127.0.0.1").map(Principal::username).orElse("nobody");
    }

    @Test
    void aTokenIsPrintedAloneOnceActsAsItsOwnerAndStopsWorkingWhenRevoked() {
        CommandRun created = run("token", "create", "--user", "Tomos", "--name", "caseload export", "--days", "7");
        assertThat(created.exit()).as(created.err()).isZero();
        String token = created.out().strip();
        assertThat(created.out()).as("the token is the only line on standard output").isEqualTo(token + "\n");
        assertThat(owner(token)).isEqualTo("tomos");
        assertThat(created.err()).containsPattern("token \\d+ \"caseload export\" of tomos, expires ")
                .contains("shown only this once");
        String id = created.err().replaceAll("(?s)^token (\\d+) .*", "$1");

        CommandRun listed = run("token", "list", "--user", "tomos");
        assertThat(listed.out()).startsWith(id + "\tcaseload export\tcreated ").contains("\tactive")
                .doesNotContain(token);
        CommandRun revoked = run("token", "revoke", "--user", "tomos", "--id", id);
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("revoked token " + id + " \"caseload export\" of tomos");
        assertThat(owner(token)).isEqualTo("nobody");
        assertThat(run("token", "list", "--user", "tomos").out()).contains("\trevoked ");
        assertThat(run("token", "revoke", "--user", "tomos", "--id", id).out()).contains("was already revoked");
        assertThat(new JdbiAccountAudit(app.database().jdbi()).of("tomos"))
                .anySatisfy(e -> assertThat(e).startsWith("token created: caseload export, expires "))
                .contains("token revoked: token " + id);
    }

    @Test
    void withoutDaysATokenLastsThirtyDaysAndJsonGivesItsDetails() throws Exception {
        CommandRun created = run("token", "create", "--user", "gwen", "--name", "nightly report", "--json");
        assertThat(created.exit()).as(created.err()).isZero();
        var json = Json.mapper().readTree(created.out());
        assertThat(json.get("name").asText()).isEqualTo("nightly report");
        assertThat(owner(json.get("token").asText())).isEqualTo("gwen");
        Instant expires = Instant.parse(json.get("expiresAt").asText());
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(30).minusMinutes(5),
                Duration.ofDays(30));
        assertThat(run("token", "list", "--user", "gwen", "--json").out()).contains("\"name\" : \"nightly report\"")
                .doesNotContain(json.get("token").asText());
    }

    @Test
    void anUnknownOrDisabledAccountOrABadExpiryIsRefusedWithExitCodeTwo() {
        CommandRun unknown = run("token", "create", "--user", "nobody-here", "--name", "x");
        assertThat(unknown.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(unknown.err()).contains("--user nobody-here: there is no account nobody-here", "yjinspect user create");
        CommandRun disabled = run("token", "create", "--user", "idris", "--name", "x");
        assertThat(disabled.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(disabled.err()).contains("the account is disabled", "yjinspect user enable idris");
        assertThat(run("token", "list", "--user", "idris").out()).contains("idris has no tokens");
        for (String days : new String[] {"0", "367", "-3"}) {
            CommandRun bad = run("token", "create", "--user", "gwen", "--name", "x", "--days", days);
            assertThat(bad.exit()).as(days).isEqualTo(Main.INPUT_ERROR);
            assertThat(bad.err()).contains("--days " + days + ": a token expires after 1 to 366 days");
        }
        assertThat(run("token", "create", "--user", "gwen", "--name", "x", "--days", "a week").err())
                .contains("'a week' is not a whole number");
        CommandRun noName = run("token", "create", "--user", "gwen", "--name", " ");
        assertThat(noName.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(noName.err()).contains("the token name");
        CommandRun notHers = run("token", "revoke", "--user", "gwen", "--id", "987654");
        assertThat(notHers.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(notHers.err()).contains("gwen has no token 987654");
        for (CommandRun r : new CommandRun[] {unknown, disabled, noName, notHers}) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void everyTokenCommandHasHelp() {
        for (String command : new String[] {"create", "list", "revoke"}) {
            CommandRun help = CommandRun.of("token", command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: yjinspect token " + command, "--user=USER");
        }
        assertThat(CommandRun.of("token", "create", "--help").out()).contains("--days=N", "default 30");
    }
}
