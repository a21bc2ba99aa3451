package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/** The assessment, organisation, panel, audit and rate --inspection commands, run as a user would. */
@ExtendWith(EmbeddedPostgresExtension.class)
class RecordCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        for (String name : new String[] {"amira", "ben", "lead", "late"}) {
            TestUsers.account(app, name);
        }
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    @Test
    void anInspectorAnswersOneAtATimeAndAStaleAnswerEndsWithExitCodeTwo() {
        SampledInspection s = SampledInspection.create(app, "2021", 101, 300, 4, 0);
        String id = String.valueOf(s.id());
        String ref = s.first(CaseType.COURT_DISPOSAL).reference();
        CommandRun answered = run("assessment", "answer", "--inspection", id, "--case", ref, "--prompt", "2.1.desistance.a",
                "--answer", "yes", "--base-revision", "0", "--as", "amira");
        assertThat(answered.exit()).as(answered.err()).isZero();
        assertThat(answered.out()).contains("saved prompt 2.1.desistance.a = yes; case in progress");

        CommandRun stale = run("assessment", "answer", "--inspection", id, "--case", ref, "--prompt", "2.1.desistance.a",
                "--answer", "no", "--base-revision", "0", "--as", "ben");
        assertThat(stale.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(stale.err()).contains("changed by amira").contains("\"revision\" : 1").doesNotContain("Exception");

        CommandRun shown = run("assessment", "show", "--inspection", id, "--case", ref);
        assertThat(shown.out()).contains("2.1.desistance.a: yes [revision 1]");
        assertThat(run("assessment", "list", "--inspection", id).out()).contains(ref).contains("in progress");
        CommandRun judged = run("assessment", "judge", "--inspection", id, "--case", ref, "--key-question", "2.1.desistance",
                "--answer", "no", "--base-revision", "0", "--as", "amira");
        assertThat(judged.out()).contains("warning: 2.1.desistance: judged No, but all 1 answered prompts are Yes");
        CommandRun audit = run("audit", "--inspection", id, "--case", ref);
        assertThat(audit.out()).contains("amira (command line)").contains("prompt_answer 2.1.desistance.a answer: (none) -> \"YES\"");
    }

    @Test
    void aStoredInspectionIsRatedPanelledAndPublishedFromTheCommandLine() {
        SampledInspection s = SampledInspection.create(app, "2021", 102, 300, 3, 0);
        String id = String.valueOf(s.id());
        CommandRun refused = run("panel", "publish", "--inspection", id, "--base-revision",
                String.valueOf(app.panel().show(s.id()).state().revision()), "--as", "lead");
        assertThat(refused.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(refused.err()).contains("cannot be published yet");
        assertThat(run("rate", "--inspection", id).out()).contains("so far")
                .contains("12 of 12 scored standards not yet rated: 1.1, 1.2, 1.3, 1.4, 2.1");

        Publishing.readyToPublish(app, s, new Actor("lead"));
        CommandRun rated = run("rate", "--inspection", id);
        assertThat(rated.exit()).as(rated.err()).isZero();
        assertThat(rated.out()).contains("31/36").doesNotContain("not yet rated");
        assertThat(run("rate", "--inspection", id, "--format", "json").out()).contains("\"score\" : 31");
        CommandRun panel = run("panel", "show", "--inspection", id);
        assertThat(panel.out()).contains("Ready to publish.");
        String revision = panel.out().replaceAll("(?s).*\\(revision (\\d+)\\).*", "$1");
        CommandRun published = run("panel", "publish", "--inspection", id, "--base-revision", revision, "--as", "lead");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("read-only");

        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        CommandRun locked = run("assessment", "answer", "--inspection", id, "--case", c.reference(), "--prompt",
                "2.1.desistance.a", "--answer", "no", "--base-revision", "1", "--as", "late");
        assertThat(locked.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(locked.err()).contains("is locked: it is read-only");
        CommandRun note = run("organisation", "note", "--inspection", id, "--standard", "1.1", "--question", "1", "--note", "x");
        assertThat(note.exit()).isEqualTo(Main.INPUT_ERROR);
    }

    @Test
    void rateTakesEitherAFileOrAStoredInspection() {
        assertThat(run("rate").err()).contains("give either a FILE or --inspection ID, not neither");
        assertThat(run("rate", "x.json", "--inspection", "1").err()).contains("not both");
        assertThat(run("rate", "--inspection", "987654").err()).contains("no inspection 987654");
        for (String command : List.of("assessment", "organisation", "panel", "audit")) {
            assertThat(run(command, "--help").exit()).isZero();
        }
    }
}
