package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;

/**
 * Whoever reaches the database may run a command that changes records, but only in the name of
 * an existing, active account ({@code --as USER}, or YJINSPECT_AS), and the audit trail says the
 * change came from the command line.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class CommandLineAccountTest {
    private static final String[] NEW_INSPECTION = {"inspection", "create", "--service", "Eastshire YJS",
        "--framework", "2021", "--announced", "2024-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end",
        "2024-11-08"};
    private static TestDatabase db;

    @BeforeAll
    static void accounts(TestDatabase database) {
        db = database;
        for (String name : new String[] {"carys", "dafydd", "env-lead"}) {
            CommandRun.account(name, db.options());
        }
        assertThat(CommandRun.on(db, "user", "disable", "dafydd").exit()).isZero();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    private static CommandRun create(String... as) {
        List<String> args = new ArrayList<>(List.of(NEW_INSPECTION));
        args.addAll(List.of(as));
        return run(args.toArray(String[]::new));
    }

    private static String idOf(CommandRun created) {
        Matcher id = Pattern.compile("Inspection (\\d+):").matcher(created.out());
        assertThat(id.find()).as(created.out() + created.err()).isTrue();
        return id.group(1);
    }

    @Test
    void aWriteWithoutAnAccountIsRefusedAndSaysHowToNameOne() {
        assumeTrue(System.getenv("YJINSPECT_AS") == null, "YJINSPECT_AS is set in this environment");
        String before = run("inspection", "list").out();
        CommandRun refused = create();
        assertThat(refused.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(refused.err()).contains("--as USER", "YJINSPECT_AS", "yjinspect user list").doesNotContain("Exception");
        assertThat(refused.out()).isEmpty();
        assertThat(run("inspection", "list").out()).as("nothing was created").isEqualTo(before);
    }

    @Test
    void anUnknownAccountIsRefusedWithExitCodeTwo() {
        CommandRun unknown = create("--as", "nobody-here");
        assertThat(unknown.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(unknown.err()).startsWith("error: --as nobody-here: there is no account nobody-here")
                .contains("yjinspect user list");
        CommandRun malformed = create("--as", "Not A Name");
        assertThat(malformed.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(malformed.err()).contains("--as Not A Name: the username \"Not A Name\" must be");
    }

    @Test
    void aDisabledAccountIsRefusedWithExitCodeTwoAndSaysHowToEnableIt() {
        String before = run("inspection", "list").out();
        CommandRun disabled = create("--as", "dafydd");
        assertThat(disabled.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(disabled.err()).contains("--as dafydd: the account dafydd is disabled", "yjinspect user enable dafydd");
        assertThat(run("inspection", "list").out()).as("nothing was created").isEqualTo(before);
    }

    @Test
    void whoeverCreatesAnInspectionLeadsItAndTheAuditTrailSaysItCameFromTheCommandLine() {
        CommandRun created = create("--as", "Carys");
        assertThat(created.exit()).as(created.err()).isZero();
        String id = idOf(created);
        CommandRun team = run("team", "list", "--inspection", id, "--json");
        assertThat(team.out()).contains("\"username\" : \"carys\"", "\"role\" : \"lead_inspector\"",
                "\"addedBy\" : \"carys (command line)\"");
        CommandRun audit = run("audit", "--inspection", id);
        assertThat(audit.exit()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("  carys (command line)  ");
    }

    @Test
    void aCommandThatOnlyReadsNamesNoAccount() {
        for (String[] read : new String[][] {{"assessment", "show"}, {"assessment", "list"}, {"organisation", "show"},
            {"panel", "show"}, {"sample", "show"}, {"team", "list"}, {"audit"}, {"inspection", "show"}}) {
            List<String> args = new ArrayList<>(List.of(read));
            args.add("--help");
            CommandRun help = CommandRun.of(args.toArray(String[]::new));
            assertThat(help.exit()).isZero();
            assertThat(help.out()).as(String.join(" ", read)).contains("Usage:").doesNotContain("--as");
        }
    }

    @Test
    void yjinspectAsInTheEnvironmentNamesTheAccountWhenNoOptionDoes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(NEW_INSPECTION));
        command.addAll(List.of(db.options()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("YJINSPECT_AS", "env-lead");
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        String id = idOf(new CommandRun(0, output, ""));
        assertThat(run("team", "list", "--inspection", id).out()).contains("env-lead\t")
                .contains("added by env-lead (command line)");
    }
}
