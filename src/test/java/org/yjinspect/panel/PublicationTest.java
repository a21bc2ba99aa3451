package org.yjinspect.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** Publishing needs a finished panel; a published inspection refuses every write, wherever it comes from. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PublicationTest {
    private static final Actor LEAD = new Actor("lead inspector");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static int revision(SampledInspection s) {
        return app.panel().show(s.id()).state().revision();
    }

    @Test
    void anInspectionIsPublishedOnlyOnceThePanelHasFinished() {
        SampledInspection s = SampledInspection.create(app, "2021", 51, 300, 3, 1);
        assertThatThrownBy(() -> app.panel().publish(new PublishCommand(s.id(), revision(s), LEAD))).isInstanceOf(Problem.class)
                .hasMessageContaining("cannot be published yet").hasMessageContaining("not accepted yet")
                .hasMessageContaining("not rated: 1.1");

        Publishing.readyToPublish(app, s, LEAD);
        assertThat(app.panel().show(s.id()).readiness().outstanding()).isEmpty();
        assertThatThrownBy(() -> app.panel().publish(new PublishCommand(s.id(), revision(s) - 1, LEAD))).isInstanceOf(StaleRecord.class);

        PanelDecisions.Publication published = app.panel().publish(new PublishCommand(s.id(), revision(s), LEAD));
        assertThat(published.publishedBy()).isEqualTo("lead inspector");
        assertThat(published.summary()).contains("score 31/36").contains("overall rating Outstanding");
        assertThat(app.audit().entries(new AuditQuery(s.id(), null, null, 0, 0)))
                .anyMatch(e -> e.field().equals("final_ratings") && e.newValue().equals(published.summary()));
    }

    @Test
    void aPublishedInspectionRefusesEveryWriteWithAClearMessage() {
        SampledInspection s = SampledInspection.create(app, "2021", 52, 300, 3, 1);
        Publishing.readyToPublish(app, s, LEAD);
        RecordRef early = new RecordRef(s.id(), 0, LEAD);
        long survey = app.organisation().addSurveyResult(early, new SurveyResult("I feel supported", 40,
                new BigDecimal("72.5"))).id();
        long meeting = app.organisation().addMeeting(early, new Meeting(LocalDate.of(2024, 11, 5), MeetingKind.MEETING,
                "management board", 6, "1.1")).id();
        app.panel().publish(new PublishCommand(s.id(), revision(s), LEAD));
        long entries = app.audit().entries(new AuditQuery(s.id(), null, null, 0, 5000)).size();

        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        CaseRef ref = new CaseRef(s.id(), c.sampleCaseId(), 1, LEAD);
        RecordRef record = new RecordRef(s.id(), 1, LEAD);
        List<Executable> writes = List.of(
                () -> app.assessments().savePrompt(new SavePromptAnswerCommand(ref, "2.1.desistance.a", "no")),
                () -> app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref, "2.1.desistance", "no")),
                // the lock comes before any other rule: not in the case's form, an answer not allowed, a stale base
                () -> app.assessments().savePrompt(new SavePromptAnswerCommand(ref, "3.1.desistance.a", "yes")),
                () -> app.assessments().savePrompt(new SavePromptAnswerCommand(ref, "2.1.desistance.a", "n/a")),
                () -> app.assessments().moveStatus(new MoveCaseStatusCommand(new CaseRef(s.id(), c.sampleCaseId(), 99,
                        LEAD), "submitted", null)),
                () -> app.assessments().saveEvidence(new SaveEvidenceCommand(ref, "2.1.desistance", "late note", false)),
                () -> app.assessments().saveJudgement(new SaveJudgementCommand(ref, "high", false, null, null)),
                () -> app.assessments().moveStatus(new MoveCaseStatusCommand(ref, "returned_for_rework", "why")),
                () -> app.organisation().saveNote(new SaveNoteCommand(record, "1.1", 1, "late")),
                () -> app.organisation().propose(new ProposeRatingCommand(record, "1.1", "Outstanding", "late")),
                () -> app.organisation().saveKeyData(new RecordRef(s.id(), 0, LEAD), KeyData.NONE),
                () -> app.organisation().addSurveyResult(record, new SurveyResult("q", 1, BigDecimal.ONE)),
                () -> app.organisation().updateSurveyResult(record, survey, new SurveyResult("q", 1, BigDecimal.ONE), true),
                () -> app.organisation().addMeeting(record, new Meeting(LocalDate.of(2024, 11, 6), MeetingKind.INTERVIEW,
                        "case managers", 3, null)),
                () -> app.organisation().updateMeeting(record, meeting, new Meeting(LocalDate.of(2024, 11, 6),
                        MeetingKind.INTERVIEW, "case managers", 3, null), true),
                () -> app.panel().decide(new DecideCommand(s.id(), "2.1", "Outstanding", "again", 1, LEAD)),
                () -> app.panel().publish(new PublishCommand(s.id(), revision(s), LEAD)));
        for (Executable write : writes) {
            assertThatThrownBy(write::execute).isInstanceOf(InspectionLocked.class)
                    .hasMessageContaining("was published on").hasMessageContaining("by lead inspector")
                    .hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> app.samples().replace(new ReplaceSampledCaseCommand(s.id(), c.reference(), "late", LEAD)))
                .isInstanceOf(InspectionLocked.class).hasMessageContaining("read-only");
        assertThat(app.samples().show(s.id()).sample().replacements()).isEmpty();
        assertThat(app.audit().entries(new AuditQuery(s.id(), null, null, 0, 5000))).hasSize((int) entries);
    }

    @Test
    void evenADirectDatabaseWriteToAPublishedInspectionIsRefused() {
        SampledInspection s = SampledInspection.create(app, "2021", 53, 300, 3, 0);
        Publishing.readyToPublish(app, s, LEAD);
        app.panel().publish(new PublishCommand(s.id(), revision(s), LEAD));

        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(
                "update key_question_answer set answer = 'NO' where inspection_id = ?", s.id())))
                .hasStackTraceContaining("read-only");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(
                "update inspection set service_name = 'x' where id = ?", s.id())))
                .hasStackTraceContaining("read-only");
    }
}
