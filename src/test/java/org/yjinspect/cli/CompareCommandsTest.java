package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.comparison.LibraryScene;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;

/** {@code yjinspect compare ...} on a library of the five held published inspections and a live inspection. */
@ExtendWith(EmbeddedPostgresExtension.class)
class CompareCommandsTest {
    private static TestDatabase db;
    private static LibraryScene scene;

    @BeforeAll
    static void library(TestDatabase database, Application app) {
        db = database;
        scene = LibraryScene.create(app);
    }

    @Test
    void aStandardsRatingsAsATable() {
        CommandRun run = CommandRun.on(db, "compare", "standard", "--version", "2021", "--standard", "2.2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2.2 Planning, 2021 framework: published ratings")
                .containsPattern("Requires improvement\\s+2").containsPattern("Inadequate\\s+1")
                .contains("Keeping the child safe in planning (2.2): n=3  lowest 39%  lower quartile 55%  median 71%"
                        + "  upper quartile 73%  highest 75%");
    }

    @Test
    void aKeyQuestionAsJson() {
        CommandRun run = CommandRun.on(db, "compare", "key-question", "--version", "2018", "--key-question",
                "3.4.joint-decisions", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"keyQuestion\" : \"3.4.joint-decisions\"", "\"median\" : 66.5",
                "\"otherVersion\" : null");
    }

    @Test
    void aServiceByNameOrKey() {
        CommandRun byName = CommandRun.on(db, "compare", "service", "Torbay Youth Justice Service");
        assertThat(byName.exit()).as(byName.err()).isZero();
        assertThat(byName.out()).contains("Torbay Youth Offending Service (torbay): 1 published inspection")
                .containsPattern("3.4 Joint working \\(2018\\)\\s+Inadequate");
        assertThat(CommandRun.on(db, "compare", "service", "torbay").out()).isEqualTo(byName.out());
    }

    @Test
    void anInspectionsLiveFigures() {
        CommandRun run = CommandRun.on(db, "compare", "inspection", "--inspection", String.valueOf(scene.id()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Supporting the child's desistance in assessment (2.1): 100% (n="
                + scene.courtCases() + "), the same as 2 of 3 published 2021 inspections and higher than 1");
    }

    @Test
    void mistakesExitWithTwoAndSayWhat() {
        CommandRun version = CommandRun.on(db, "compare", "standard", "--version", "2019", "--standard", "2.1");
        assertThat(version.exit()).isEqualTo(2);
        assertThat(version.err()).contains("version must be 2018 or 2021 (got \"2019\")");
        CommandRun service = CommandRun.on(db, "compare", "service", "Nowhere Youth Justice Service");
        assertThat(service.exit()).isEqualTo(2);
        assertThat(service.err()).contains("there is no service nowhere in the library");
        assertThat(CommandRun.on(db, "compare", "inspection", "--inspection", "987654").exit()).isEqualTo(2);
    }
}
