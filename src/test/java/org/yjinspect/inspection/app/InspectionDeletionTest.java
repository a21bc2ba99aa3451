package org.yjinspect.inspection.app;

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
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** An inspection that was never published can be deleted with everything in it; its audit trail stays. */
@ExtendWith(EmbeddedPostgresExtension.class)
class InspectionDeletionTest {
    private static final Actor LEAD = new Actor("lead inspector");
    private static final List<String> TABLES_WITH_INSPECTION_ID = List.of("caseload_case", "sample", "case_assessment",
            "case_judgement", "prompt_answer", "key_question_answer", "key_question_evidence", "qualitative_evidence",
            "proposed_rating", "key_data", "staff_survey_result", "fieldwork_meeting", "panel_decision");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static int rows(String table, long inspectionId) {
        return app.database().jdbi().withHandle(h -> h.createQuery("select count(*) from " + table
                + " where inspection_id = :id").bind("id", inspectionId).mapTo(Integer.class).one());
    }

    /** A sampled inspection with a record in every table an inspection's work is kept in. */
    private static SampledInspection inspectionWithEverything(long seed) {
        SampledInspection s = SampledInspection.create(app, "2021", seed, 300, 3, 1);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        app.assessments().saveJudgement(new SaveJudgementCommand(new CaseRef(s.id(), c.sampleCaseId(), 0, LEAD),
                "high", false, null, null));
        app.assessments().saveEvidence(new SaveEvidenceCommand(new CaseRef(s.id(), c.sampleCaseId(), 0, LEAD),
                "2.1.desistance", "plans were reviewed", false));
        Publishing.readyToPublish(app, s, LEAD);
        RecordRef first = new RecordRef(s.id(), 0, LEAD);
        app.organisation().saveNote(new SaveNoteCommand(first, "1.1", 1, "governance is clear"));
        app.organisation().saveKeyData(first, KeyData.NONE);
        app.organisation().addSurveyResult(first, new SurveyResult("I feel supported", 40, new BigDecimal("72.5")));
        app.organisation().addMeeting(first, new Meeting(LocalDate.of(2024, 11, 5), MeetingKind.MEETING,
                "management board", 6, "1.1"));
        return s;
    }

    @Test
    void anInspectionNeverPublishedIsDeletedWithEverythingInItAndItsAuditTrailIsKept() {
        SampledInspection s = inspectionWithEverything(71);
        long id = s.id();
        TABLES_WITH_INSPECTION_ID.forEach(table -> assertThat(rows(table, id)).as(table).isPositive());
        int entriesBefore = app.audit().entries(new AuditQuery(id, null, null, 0, 5000)).size();

        InspectionDeleted deleted = app.inspections().delete(new DeleteInspectionCommand(id, "set up twice", LEAD));

        assertThat(deleted.deleted().deletedBy()).isEqualTo("lead inspector");
        assertThat(deleted.removedRecords()).containsEntry("caseload_case", 300).containsKeys("sample_case",
                "prompt_answer", "panel_decision", "fieldwork_meeting");
        TABLES_WITH_INSPECTION_ID.forEach(table -> assertThat(rows(table, id)).as(table).isZero());
        assertThatThrownBy(() -> app.inspections().get(id)).isInstanceOf(Problem.class)
                .hasMessageContaining("inspection " + id + " (Northshire Youth Justice Service) was deleted on")
                .hasMessageContaining("by lead inspector (reason: set up twice)")
                .extracting(e -> ((Problem) e).kind()).isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(app.inspections().all()).noneMatch(i -> i.id() == id);

        List<AuditEntry> trail = app.audit().entries(new AuditQuery(id, null, null, 0, 5000));
        assertThat(trail).hasSize(entriesBefore + 3);
        assertThat(trail.subList(entriesBefore, trail.size())).extracting(AuditEntry::field)
                .containsExactly("deleted_at", "deletion_reason", "records_removed");
        assertThat(trail.get(trail.size() - 1).newValue()).contains("caseload_case 300");
        assertThat(trail).allMatch(e -> e.inspectionId() == id);
    }

    @Test
    void aDeletedInspectionTakesNoMoreWritesAndItsRecordOfDeletionIsFinal() {
        long id = Fixtures.createInspection(app, "2021").id();
        app.inspections().delete(new DeleteInspectionCommand(id, "trial run", LEAD));

        assertThatThrownBy(() -> Fixtures.importCsv(app, id, Fixtures.csv(Fixtures.caseload(1, 10)), false))
                .isInstanceOf(Problem.class).hasMessageContaining("was deleted");
        assertThatThrownBy(() -> app.inspections().delete(new DeleteInspectionCommand(id, "again", LEAD)))
                .isInstanceOf(Problem.class).hasMessageContaining("was deleted");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(
                "update deleted_inspection set reason = 'forged' where id = ?", id)))
                .hasStackTraceContaining("kept for good");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(
                "delete from deleted_inspection where id = ?", id))).hasStackTraceContaining("kept for good");
    }

    @Test
    void aPublishedInspectionIsRefusedAsLockedBeforeAnyOtherRule() {
        SampledInspection s = SampledInspection.create(app, "2021", 72, 300, 3, 0);
        Publishing.readyToPublish(app, s, LEAD);
        int revision = app.panel().show(s.id()).state().revision();
        app.panel().publish(new PublishCommand(s.id(), revision, LEAD));
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);

        // Each of these would meet a rule of its own (answers recorded, sample drawn, caseload frozen) after the lock.
        List<Executable> writes = List.of(
                () -> app.inspections().delete(new DeleteInspectionCommand(s.id(), "not wanted", LEAD)),
                () -> app.samples().discard(new DiscardSampleCommand(s.id(), "wrong dates", LEAD)),
                () -> app.samples().draw(new DrawSampleCommand(s.id(), 1L, null, null, null, null, null, LEAD)),
                () -> app.samples().replace(new ReplaceSampledCaseCommand(s.id(), c.reference(), "late", LEAD)),
                () -> Fixtures.importCsv(app, s.id(), Fixtures.csv(Fixtures.caseload(1, 10)), false));
        for (Executable write : writes) {
            assertThatThrownBy(write::execute).isInstanceOf(InspectionLocked.class).hasMessageContaining("read-only");
        }
        assertThat(app.inspections().get(s.id()).id()).isEqualTo(s.id());
        assertThat(app.samples().show(s.id()).sample().selected()).hasSize(s.cases().size());
    }

    @Test
    void aDeletionNeedsAReasonAndAnInspection() {
        assertThatThrownBy(() -> new DeleteInspectionCommand(1, "", LEAD)).isInstanceOf(Problem.class)
                .hasMessageContaining("the reason for deleting the inspection is required");
        assertThatThrownBy(() -> app.inspections().delete(new DeleteInspectionCommand(987654, "x", LEAD)))
                .isInstanceOf(Problem.class).hasMessageContaining("there is no inspection 987654");
    }
}
