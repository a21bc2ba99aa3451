package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.AssessedCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

@ExtendWith(EmbeddedPostgresExtension.class)
class AssessmentServiceTest {
    private static final Actor ALICE = new Actor("alice");
    private static final Actor BOB = new Actor("bob");
    private static Application app;
    private static SampledInspection inspection;

    @BeforeAll
    static void open(TestDatabase db) {
        app = Application.open(db.config());
        inspection = SampledInspection.create(app, "2021", 31, 400);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static AssessmentService assessments() {
        return app.assessments();
    }

    private static CaseRef ref(AssessedCase c, int revision, Actor actor) {
        return Answering.ref(inspection.id(), c, revision, actor);
    }

    private static AssessedCase courtCase(int index) {
        return inspection.ofType(CaseType.COURT_DISPOSAL).get(index);
    }

    @Test
    void aFirstAnswerIsRevisionOneStartsTheCaseAndIsAudited() {
        AssessedCase c = courtCase(0);
        var saved = assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.desistance.a", "Yes"));

        assertThat(saved.saved().answer()).isEqualTo(PromptAnswer.YES);
        assertThat(saved.saved().revision()).isEqualTo(1);
        assertThat(saved.saved().updatedBy()).isEqualTo("alice");
        assertThat(saved.caseStatus().status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        List<AuditEntry> trail = app.audit().entries(new AuditQuery(inspection.id(), c.reference(), null, 0, 0));
        assertThat(trail).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answer", null, "YES", "alice"),
                        org.assertj.core.groups.Tuple.tuple("status", "NOT_STARTED", "IN_PROGRESS", "alice"));
        assertThat(trail.get(0).standardNumber()).isEqualTo("2.1");
    }

    @Test
    void aWriteBasedOnAStaleRevisionIsRefusedWithTheCurrentRecordAndNothingChanges() {
        AssessedCase c = courtCase(1);
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.desistance.b", "yes"));
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, ALICE), "2.1.desistance.b", "no"));

        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, BOB),
                "2.1.desistance.b", "yes")))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> {
                    assertThat(stale.getMessage()).contains("changed by alice (now revision 2)")
                            .contains("based on revision 1");
                    assertThat(((CaseRecords.PromptAnswerRecord) stale.current()).answer()).isEqualTo(PromptAnswer.NO);
                });
        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, BOB),
                "2.1.desistance.b", "yes"))).isInstanceOf(StaleRecord.class);
        var form = assessments().show(inspection.id(), c.sampleCaseId());
        assertThat(prompt(form, "2.1.desistance.b").answer()).isEqualTo(PromptAnswer.NO);
        assertThat(prompt(form, "2.1.desistance.b").revision()).isEqualTo(2);
    }

    @Test
    void savingTheSameAnswerAgainChangesNothing() {
        AssessedCase c = courtCase(2);
        assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE), "2.2.desistance", "yes"));
        var again = assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 1, ALICE), "2.2.desistance", "YES"));

        assertThat(again.saved().revision()).isEqualTo(1);
        assertThat(app.audit().entries(new AuditQuery(inspection.id(), c.reference(), "2.2", 0, 0))).hasSize(1);
    }

    @Test
    void answersTheCatalogueDoesNotAllowAreRefused() {
        AssessedCase c = courtCase(3);
        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE),
                "2.1.desistance.a", "n/a"))).isInstanceOf(Problem.class).hasMessageContaining("answer Yes or No");
        assertThatThrownBy(() -> assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE),
                "2.1.desistance", "not relevant"))).hasMessageContaining("answered for every case");
        assertThatThrownBy(() -> assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE),
                "3.1.desistance", "yes"))).hasMessageContaining("no key question 3.1.desistance among the standards")
                .hasMessageContaining("2.1, 2.2, 2.3, 2.4");
        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE),
                "2.1.desistance.a", "maybe"))).hasMessageContaining("yes, no or not_applicable");
        assertThat(assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE),
                "2.2.others-safety", "not_relevant")).saved().answer()).isEqualTo(KeyQuestionAnswer.NOT_RELEVANT);
    }

    @Test
    void aKeyQuestionSittingOddlyWithItsPromptsIsSavedWithAWarning() {
        AssessedCase c = courtCase(4);
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.child-safety.a", "no"));
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.child-safety.b", "no"));
        var saved = assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE),
                "2.1.child-safety", "yes"));

        assertThat(saved.saved().answer()).isEqualTo(KeyQuestionAnswer.YES);
        assertThat(saved.warnings()).containsExactly("2.1.child-safety: judged Yes, but 2 of its 2 answered prompts are No");
        assertThat(assessments().show(inspection.id(), c.sampleCaseId()).warnings()).hasSize(1);
    }

    @Test
    void theInspectorsOwnClassificationsAreKeptWithAgreementAndWarnWhenAKeyQuestionDisagrees() {
        AssessedCase c = courtCase(5);
        var judged = assessments().saveJudgement(new SaveJudgementCommand(ref(c, 0, ALICE), "low", false, "Very high", true));
        assertThat(judged.saved().riskOfSeriousHarm()).isEqualTo(RiskLevel.LOW);
        assertThat(judged.saved().safetyWellbeing()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(judged.saved().riskOfSeriousHarmAgreesWithService()).isFalse();

        var saved = assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(ref(c, 0, ALICE),
                "2.2.others-safety", "no"));
        assertThat(saved.warnings()).singleElement().asString().contains("classified risk of serious harm as low");
    }

    @Test
    void aKeyQuestionForYouthConditionalCautionsOnlyFollowsTheDisposal() {
        var inspection2018 = SampledInspection.create(app, "2018", 32, 600);
        AssessedCase caution = inspection2018.first(c -> c.disposalType() == DisposalType.YOUTH_CONDITIONAL_CAUTION);
        AssessedCase other = inspection2018.first(c -> c.caseType() == CaseType.OUT_OF_COURT_DISPOSAL
                && c.disposalType() != DisposalType.YOUTH_CONDITIONAL_CAUTION);
        CaseRef onCaution = Answering.ref(inspection2018.id(), caution, 0, ALICE);
        CaseRef onOther = Answering.ref(inspection2018.id(), other, 0, ALICE);

        assertThatThrownBy(() -> assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(onOther,
                "3.4.joint-implementation", "yes"))).hasMessageContaining("this case is not one; answer not relevant");
        assertThatThrownBy(() -> assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(onCaution,
                "3.4.joint-implementation", "not_relevant"))).hasMessageContaining("answer Yes or No");
        assertThat(assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(onCaution,
                "3.4.joint-implementation", "yes")).saved().revision()).isEqualTo(1);
    }

    @Test
    void aCaseIsSubmittedOnlyWhenCompleteThenItsAnswersAreClosedUntilReturnedWithAReason() {
        AssessedCase c = courtCase(6);
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.desistance.a", "yes"));
        assertThatThrownBy(() -> assessments().moveStatus(new MoveCaseStatusCommand(ref(c, 1, ALICE), "submitted", null)))
                .isInstanceOf(Problem.class).hasMessageContaining("answers are missing");

        Answering.answerAll(app, inspection.id(), c, "yes", ALICE);
        var submitted = assessments().moveStatus(new MoveCaseStatusCommand(ref(c, 1, ALICE), "submitted", null));
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, ALICE),
                "2.1.desistance.a", "no"))).hasMessageContaining("return it for rework");
        assertThatThrownBy(() -> assessments().moveStatus(new MoveCaseStatusCommand(ref(c, 2, BOB),
                "returned for rework", " "))).hasMessageContaining("needs a reason");

        var returned = assessments().moveStatus(new MoveCaseStatusCommand(ref(c, 2, BOB), "returned_for_rework",
                "evidence for 2.3 is thin"));
        assertThat(returned.reworkReason()).isEqualTo("evidence for 2.3 is thin");
        assertThat(assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, ALICE), "2.1.desistance.a", "no"))
                .caseStatus().status()).isEqualTo(AssessmentStatus.RETURNED_FOR_REWORK);
        var resubmitted = assessments().moveStatus(new MoveCaseStatusCommand(ref(c, 3, ALICE), "submitted", null));
        var accepted = assessments().moveStatus(new MoveCaseStatusCommand(ref(c, resubmitted.revision(), BOB), "accepted", null));
        assertThat(accepted.status()).isEqualTo(AssessmentStatus.ACCEPTED);
        assertThatThrownBy(() -> assessments().moveStatus(new MoveCaseStatusCommand(ref(c, accepted.revision(), BOB),
                "submitted", null))).hasMessageContaining("cannot go from accepted to submitted");
    }

    @Test
    void evidenceNotesAreKeptExactlyAsTypedAndNeverInterpreted() {
        AssessedCase c = courtCase(7);
        String hostile = "<script>alert('x')</script> \"quoted\" ; drop table audit_entry; --\nsecond line";
        var saved = assessments().saveEvidence(new SaveEvidenceCommand(ref(c, 0, ALICE), "2.1.desistance", hostile, true));

        assertThat(saved.saved().note()).isEqualTo(hostile);
        assertThat(saved.saved().goodPracticeExample()).isTrue();
        assertThat(app.audit().entries(new AuditQuery(inspection.id(), c.reference(), null, 0, 0)))
                .anyMatch(e -> hostile.equals(e.newValue()));
        assertThatThrownBy(() -> new SaveEvidenceCommand(ref(c, 1, ALICE), "2.1.desistance", "x".repeat(5001), false))
                .hasMessageContaining("longer than 5000");
        assertThatThrownBy(() -> new SaveEvidenceCommand(ref(c, 1, ALICE), "2.1.desistance", "a\u202Eb", false))
                .hasMessageContaining("control character");
    }

    @Test
    void aReplacedCaseKeepsItsAnswersButTakesNoMore() {
        AssessedCase c = courtCase(8);
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.1.desistance.a", "yes"));
        app.samples().replace(new ReplaceSampledCaseCommand(inspection.id(), c.reference(), "case file unavailable", ALICE));

        assertThatThrownBy(() -> assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, ALICE),
                "2.1.desistance.a", "no"))).hasMessageContaining("was replaced");
        assertThat(prompt(assessments().show(inspection.id(), c.sampleCaseId()), "2.1.desistance.a").answer())
                .isEqualTo(PromptAnswer.YES);
    }

    @Test
    void aClearedAnswerLeavesTheRecordWithNoAnswer() {
        AssessedCase c = courtCase(9);
        assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 0, ALICE), "2.3.desistance.a", "yes"));
        var cleared = assessments().savePrompt(new SavePromptAnswerCommand(ref(c, 1, ALICE), "2.3.desistance.a", null));

        assertThat(cleared.saved().answer()).isNull();
        assertThat(cleared.saved().revision()).isEqualTo(2);
    }

    private static CaseRecords.PromptAnswerRecord prompt(CaseViews.CaseAssessment form, String id) {
        return form.standards().stream().flatMap(s -> s.keyQuestions().stream()).flatMap(k -> k.prompts().stream())
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow().answer();
    }
}
