package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.Fixtures;

/** {@code yjinspect recommendation ...} and {@code yjinspect context ...} as a lead inspector runs them. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportInputCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        app.accounts().create(CreateAccountCommand.of("lowri", null, "kettle orbit lantern".toCharArray(), false, "test"));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    @Test
    void aLeadEntersEditsMovesAndRemovesRecommendations() {
        String id = String.valueOf(Fixtures.createInspection(app, "2021").id());
        CommandRun added = run("recommendation", "add", "--inspection", id, "--addressee", "The YJS management board"
                + " should", "--text", "ensure there is sufficient victim staff resource", "--as", "lowri");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("is number 1 (revision 1)");
        run("recommendation", "add", "--inspection", id, "--addressee", "The head of service should", "--text",
                "improve contingency planning", "--as", "lowri");
        long head = app.recommendations().of(Long.parseLong(id)).get(1).id();
        CommandRun moved = run("recommendation", "move", "--inspection", id, "--id", String.valueOf(head), "--to", "1",
                "--as", "lowri");
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(run("recommendation", "list", "--inspection", id).out()).containsSubsequence(
                "The head of service should:", "  1. improve contingency planning",
                "The YJS management board should:", "  2. ensure there is sufficient victim staff resource");
        CommandRun edited = run("recommendation", "edit", "--inspection", id, "--id", String.valueOf(head),
                "--base-revision", "1", "--text", "improve contingency planning for safety", "--as", "lowri");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(run("recommendation", "list", "--inspection", id, "--json").out())
                .contains("\"updatedBy\" : \"lowri (command line)\"").contains("for safety");
        CommandRun stale = run("recommendation", "edit", "--inspection", id, "--id", String.valueOf(head),
                "--base-revision", "1", "--text", "again", "--as", "lowri");
        assertThat(stale.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(stale.err()).contains("revision 2").doesNotContain("Exception");
        CommandRun removed = run("recommendation", "remove", "--inspection", id, "--id", String.valueOf(head), "--as",
                "lowri");
        assertThat(removed.out()).contains("  1. ensure there is sufficient victim staff resource");
    }

    @Test
    void mistakesExitWithTwoAndSayWhatToDo() {
        String id = String.valueOf(Fixtures.createInspection(app, "2021").id());
        CommandRun nobody = run("recommendation", "add", "--inspection", id, "--addressee", "The board should", "--text",
                "x");
        assertThat(nobody.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(nobody.err()).contains("--as USER");
        CommandRun blank = run("recommendation", "add", "--inspection", id, "--addressee", " ", "--text", "x", "--as",
                "lowri");
        assertThat(blank.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(blank.err()).contains("the addressee is required").doesNotContain("Exception");
        CommandRun nothing = run("recommendation", "edit", "--inspection", id, "--id", "1", "--base-revision", "1",
                "--as", "lowri");
        assertThat(nothing.err()).contains("say what to change");
        CommandRun noFigure = run("context", "remove-figure", "--inspection", id, "--id", "987654", "--as", "lowri");
        assertThat(noFigure.exit()).isNotZero();
        assertThat(noFigure.err()).contains("no figure 987654").doesNotContain("Exception");
    }

    @Test
    void theContextShowsTheCaseloadsProfileAndTheFiguresEntered() {
        long inspection = Fixtures.createInspection(app, "2021").id();
        String id = String.valueOf(inspection);
        assertThat(run("context", "show", "--inspection", id).out()).contains("Caseload profile: not recorded");
        Fixtures.importCsv(app, inspection, Fixtures.csv(Fixtures.caseload(5, 50)), false);
        CommandRun added = run("context", "add-figure", "--inspection", id, "--label", "Reoffending rate (national)",
                "--value", "34.9%", "--source", "MoJ proven reoffending, Jan 2022", "--as", "lowri");
        assertThat(added.exit()).as(added.err()).isZero();
        CommandRun shown = run("context", "show", "--inspection", id);
        assertThat(shown.out()).contains("Caseload profile (50 cases):").contains("Age band")
                .contains("Reoffending rate (national): 34.9% (MoJ proven reoffending, Jan 2022)");
        long figure = app.contextualFacts().of(inspection).figures().get(0).id();
        assertThat(run("context", "remove-figure", "--inspection", id, "--id", String.valueOf(figure), "--as", "lowri")
                .out()).contains("0 figures left");
        assertThat(run("context", "show", "--inspection", id, "--json").out()).contains("\"caseloadSize\" : 50");
    }
}
