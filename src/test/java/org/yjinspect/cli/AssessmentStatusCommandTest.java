package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * {@code assessment status} is held to the quality-assurance rule as the API is: the inspector
 * allocated a case submits it; someone not on the team moves nothing; only a lead inspector other
 * than the case's assessor accepts it or returns it; each refusal is exit code 2 with the rule's reason.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class AssessmentStatusCommandTest {
    private static TestDatabase db;
    private static Application app;
    private static SampledInspection s;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        s = SampledInspection.create(app, "2021", 151, 200, 4, 0);
        TestUsers.join(app, s.id(), "nia", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "lead-one", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "lead-two", Role.LEAD_INSPECTOR);
        TestUsers.account(app, "outsider");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theInspectorSubmitsAndOnlyALeadAcceptsAsTheApiDecides() {
        AssessedCase c = s.ofType(CaseType.COURT_DISPOSAL).get(0);
        TestUsers.allocate(app, s.id(), c.reference(), "nia");
        Answering.answerAll(app, s.id(), c, "yes", Actor.onCommandLine("nia"));

        CommandRun outsider = move(c, "submitted", "outsider");
        assertThat(outsider.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(outsider.err()).contains("only members of an inspection's team see it").doesNotContain("Exception");
        assertThat(move(c, "submitted", "nia").exit()).isZero();

        CommandRun ownAccept = move(c, "accepted", "nia");
        assertThat(ownAccept.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(ownAccept.err()).contains("Quality assurance of case assessments: an inspector submits the case"
                + " assessments they make; the lead inspector accepts them or returns them for rework");
        assertThat(move(c, "accepted", "outsider").exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(status(c)).isEqualTo("SUBMITTED");

        CommandRun accepted = move(c, "accepted", "lead-one");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("is now accepted");
    }

    @Test
    void aLeadWhoSubmittedTheCaseThemselvesDoesNotDecideIt() {
        AssessedCase c = s.ofType(CaseType.COURT_DISPOSAL).get(1);
        Answering.answerAll(app, s.id(), c, "yes", Actor.onCommandLine("lead-one"));
        assertThat(move(c, "submitted", "lead-one").exit()).isZero();

        for (String decision : new String[] {"accepted", "returned_for_rework"}) {
            CommandRun own = move(c, decision, "lead-one");
            assertThat(own.exit()).as(decision).isEqualTo(Main.INPUT_ERROR);
            assertThat(own.err()).contains("Quality assurance of case assessments: someone other than the case's"
                    + " assessor decides it (lead-one assessed this case)");
        }
        assertThat(status(c)).isEqualTo("SUBMITTED");
        CommandRun other = move(c, "returned_for_rework", "lead-two");
        assertThat(other.exit()).as(other.err()).isZero();
    }

    private static CommandRun move(AssessedCase c, String to, String as) {
        int revision = app.assessments().show(s.id(), c.sampleCaseId()).status().revision();
        return CommandRun.on(db, "assessment", "status", "--inspection", String.valueOf(s.id()), "--case",
                c.reference(), "--to", to, "--reason", "2.1 needs its evidence", "--base-revision",
                String.valueOf(revision), "--as", as);
    }

    private static String status(AssessedCase c) {
        return app.assessments().show(s.id(), c.sampleCaseId()).status().status().name();
    }
}
