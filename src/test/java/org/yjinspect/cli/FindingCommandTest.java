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

/** {@code yjinspect finding ...} as a lead inspector runs it. */
@ExtendWith(EmbeddedPostgresExtension.class)
class FindingCommandTest {
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
    void aLeadAddsListsEditsAndRemovesFindings() {
        String id = String.valueOf(Fixtures.createInspection(app, "2021").id());
        CommandRun added = run("finding", "add", "--inspection", id, "--domain", "2", "--kind", "area", "--text",
                "Contingency planning was weak.", "--as", "lowri");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("is area for improvement 1 of domain 2 (revision 1)");
        run("finding", "add", "--inspection", id, "--domain", "2", "--kind", "strength", "--text",
                "Assessments were thorough.", "--as", "lowri");
        assertThat(run("finding", "list", "--inspection", id).out()).containsSubsequence("Domain 2, strengths:",
                "  1. Assessments were thorough.", "Domain 2, areas for improvement:", "  1. Contingency planning was weak.");
        long area = app.findings().of(Long.parseLong(id)).get(1).id();
        CommandRun edited = run("finding", "edit", "--inspection", id, "--id", String.valueOf(area), "--base-revision",
                "1", "--text", "Contingency planning was often missing.", "--as", "lowri");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(run("finding", "list", "--inspection", id, "--json").out())
                .contains("\"updatedBy\" : \"lowri (command line)\"").contains("often missing");
        CommandRun removed = run("finding", "remove", "--inspection", id, "--id", String.valueOf(area), "--as", "lowri");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("  1. Assessments were thorough.").doesNotContain("Contingency");
    }

    @Test
    void mistakesExitWithTwoAndSayWhatToDo() {
        String id = String.valueOf(Fixtures.createInspection(app, "2021").id());
        CommandRun badKind = run("finding", "add", "--inspection", id, "--domain", "1", "--kind", "weakness", "--text",
                "x", "--as", "lowri");
        assertThat(badKind.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(badKind.err()).contains("--kind weakness").contains("strength or area").doesNotContain("Exception");
        CommandRun badDomain = run("finding", "add", "--inspection", id, "--domain", "6", "--kind", "strength",
                "--text", "x", "--as", "lowri");
        assertThat(badDomain.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(badDomain.err()).contains("one of the framework's");
        CommandRun stale = run("finding", "edit", "--inspection", id, "--id", "987654", "--base-revision", "1",
                "--text", "x", "--as", "lowri");
        assertThat(stale.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(stale.err()).contains("no finding 987654");
        CommandRun nobody = run("finding", "add", "--inspection", id, "--domain", "1", "--kind", "strength", "--text",
                "x", "--as", "nobody");
        assertThat(nobody.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(app.findings().of(Long.parseLong(id))).isEmpty();
    }
}
