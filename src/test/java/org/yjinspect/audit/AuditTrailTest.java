package org.yjinspect.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

/** Every change is in the trail, which nobody can change, and which reads per inspection, case and standard. */
@ExtendWith(EmbeddedPostgresExtension.class)
class AuditTrailTest {
    private static final Actor ALICE = new Actor("alice");
    private static Application app;
    private static SampledInspection inspection;
    private static AssessedCase first;
    private static AssessedCase second;

    @BeforeAll
    static void open(TestDatabase db) {
        app = Application.open(db.config());
        inspection = SampledInspection.create(app, "2021", 91, 300, 4, 0);
        first = inspection.ofType(CaseType.COURT_DISPOSAL).get(0);
        second = inspection.ofType(CaseType.COURT_DISPOSAL).get(1);
        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(inspection.id(), first, 0, ALICE),
                "2.1.desistance.a", "yes"));
        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(inspection.id(), first, 1, new Actor("bob")),
                "2.1.desistance.a", "no"));
        app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(Answering.ref(inspection.id(), first, 0, ALICE),
                "2.2.desistance", "yes"));
        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(inspection.id(), second, 0, ALICE),
                "2.1.desistance.b", "yes"));
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(inspection.id(), 0, ALICE), "1.1", "Good", "strong board"));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static List<AuditEntry> entries(String reference, String standard) {
        return app.audit().entries(new AuditQuery(inspection.id(), reference, standard, 0, 0));
    }

    @Test
    void eachChangeSaysWhoWhenWhatTheOldValueAndTheNewValue() {
        List<AuditEntry> answers = entries(first.reference(), "2.1");
        assertThat(answers).extracting(AuditEntry::entity, AuditEntry::record, AuditEntry::field, AuditEntry::oldValue,
                AuditEntry::newValue, AuditEntry::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("prompt_answer", "2.1.desistance.a", "answer", null, "YES", "alice"),
                org.assertj.core.groups.Tuple.tuple("prompt_answer", "2.1.desistance.a", "answer", "YES", "NO", "bob"));
        assertThat(answers.get(0).recordedAt()).isBeforeOrEqualTo(answers.get(1).recordedAt());
        assertThat(answers.get(0).caseReference()).isEqualTo(first.reference());
    }

    @Test
    void theTrailReadsPerInspectionPerCaseAndPerStandard() {
        List<AuditEntry> all = entries(null, null);
        assertThat(all).extracting(AuditEntry::entity).contains("prompt_answer", "key_question_answer",
                "case_assessment", "proposed_rating");
        assertThat(entries(first.reference(), null)).allMatch(e -> first.reference().equals(e.caseReference()))
                .extracting(AuditEntry::standardNumber).contains("2.1", "2.2");
        assertThat(entries(null, "1.1")).extracting(AuditEntry::field).containsExactly("rating", "rationale");
        assertThat(entries(second.reference(), "2.2")).isEmpty();
        List<AuditEntry> page = app.audit().entries(new AuditQuery(inspection.id(), null, null, all.get(1).id(), 2));
        assertThat(page).extracting(AuditEntry::id).containsExactly(all.get(2).id(), all.get(3).id());
        assertThatThrownBy(() -> new AuditQuery(inspection.id(), null, "2.x", 0, 0)).isInstanceOf(Problem.class);
    }

    @Test
    void theTrailIsAppendOnlyEvenForSomeoneWithDirectDatabaseAccess() {
        long before = entries(null, null).size();
        for (String sql : List.of("update audit_entry set new_value = 'forged'", "delete from audit_entry",
                "truncate audit_entry")) {
            assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(sql)))
                    .hasStackTraceContaining("the audit trail is append-only");
        }
        assertThat(entries(null, null)).hasSize((int) before).noneMatch(e -> "forged".equals(e.newValue()));
    }
}
