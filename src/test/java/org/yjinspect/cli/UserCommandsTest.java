package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.SignInCommand;
import org.yjinspect.account.app.SignInOutcome;
import org.yjinspect.account.db.JdbiAccountAudit;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;

/** {@code yjinspect user ...} as an administrator runs it: passwords only from the terminal or standard input. */
@ExtendWith(EmbeddedPostgresExtension.class)
class UserCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String stdin, String... args) {
        return CommandRun.withInput(db, stdin, args);
    }

    private static boolean signsIn(String name, String password) {
        return app.signIn().signIn(new SignInCommand(name, password.toCharArray(), "cli-test", null))
                instanceof SignInOutcome.SignedIn;
    }

    @Test
    void anAdministratorIsCreatedWithAPasswordFromStandardInputAndListed() {
        CommandRun created = run("kettle orbit lantern\n", "user", "create", "Olwen", "--administrator", "--display-name",
                "Olwen P", "--password-stdin");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("created administrator olwen");
        assertThat(signsIn("olwen", "kettle orbit lantern")).isTrue();
        CommandRun listed = run("", "user", "list");
        assertThat(listed.out()).contains("olwen\tactive\tadministrator\tOlwen P");
        assertThat(run("another long phrase\n", "user", "create", "olwen", "--password-stdin").err())
                .contains("there is already an account olwen");
        assertThat(new JdbiAccountAudit(app.database().jdbi()).of("olwen")).contains("account created: administrator");
    }

    @Test
    void weakPasswordsAndBadNamesAreRefusedWithExitCodeTwoAndNothingIsMade() {
        CommandRun shortOne = run("too short\n", "user", "create", "pryce", "--password-stdin");
        assertThat(shortOne.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(shortOne.err()).contains("at least 12 characters");
        assertThat(run("password1234\n", "user", "create", "pryce", "--password-stdin").err()).contains("common");
        assertThat(run("pryce.jones.x\n", "user", "create", "pryce.jones.x", "--password-stdin").err())
                .contains("not be the username");
        assertThat(run("", "user", "create", "pryce", "--password-stdin").err()).contains("no password");
        assertThat(run("kettle orbit lantern\n", "user", "create", "Bad Name", "--password-stdin").err())
                .contains("the username \"Bad Name\" must be");
        assertThat(run("", "user", "list").out()).doesNotContain("pryce");
    }

    @Test
    void aPasswordIsNeverTakenFromAnArgumentAndWithoutATerminalTheCommandSaysHow() {
        CommandRun argument = run("", "user", "create", "rhys", "--password", "kettle orbit lantern");
        assertThat(argument.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(argument.err()).contains("unknown option '--password'");
        CommandRun noTerminal = run("", "user", "create", "rhys");
        assertThat(noTerminal.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(noTerminal.err()).contains("no terminal").contains("--password-stdin");
    }

    @Test
    void disablingEnablingAndResettingAPasswordTakeEffectAtOnce() {
        run("kettle orbit lantern\n", "user", "create", "sian", "--password-stdin");
        CommandRun disabled = run("", "user", "disable", "sian");
        assertThat(disabled.exit()).as(disabled.err()).isZero();
        assertThat(signsIn("sian", "kettle orbit lantern")).isFalse();
        assertThat(run("", "user", "list").out()).contains("sian\tdisabled");
        run("", "user", "enable", "sian");
        assertThat(signsIn("sian", "kettle orbit lantern")).isTrue();

        CommandRun reset = run("marble heron quietly\r\n", "user", "reset-password", "sian", "--password-stdin");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(signsIn("sian", "kettle orbit lantern")).isFalse();
        assertThat(signsIn("sian", "marble heron quietly")).isTrue();
        assertThat(run("", "user", "disable", "nobody").err()).contains("there is no account nobody");
        assertThat(new JdbiAccountAudit(app.database().jdbi()).of("sian")).contains("account disabled",
                "account enabled", "password reset: sessions ended");
    }
}
