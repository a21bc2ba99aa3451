package org.yjinspect.assessment.db;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.assessment.app.AssessedCase;
import org.yjinspect.assessment.app.CaseAssessments.KeyQuestionState;
import org.yjinspect.assessment.app.Records;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.caseload.domain.RiskLevel;

/** The steps every write to a case shares, inside its transaction: the case lock, starting the case, the key question's state. */
final class CaseWriting {
    private CaseWriting() {
    }

    /** Takes the case's lock (shared for answers, exclusive for a status move) and reads its status afresh. */
    static AssessmentStatus statusForWriting(Handle h, long sampleCaseId, boolean exclusive) {
        return AssessmentStatus.valueOf(h.createQuery("select case_status_for_writing(:c, :exclusive)")
                .bind("c", sampleCaseId).bind("exclusive", exclusive).mapTo(String.class).one());
    }

    static Records.CaseStatus start(Handle h, AuditLog audit, AssessedCase c) {
        boolean started = h.createQuery("insert into case_assessment (sample_case_id, inspection_id, status, revision,"
                        + " updated_by) values (:c, :i, 'IN_PROGRESS', 1, :by) on conflict (sample_case_id) do update"
                        + " set status = 'IN_PROGRESS', revision = case_assessment.revision + 1, updated_by = :by,"
                        + " updated_at = now() where case_assessment.status = 'NOT_STARTED' returning revision")
                .bind("c", c.sampleCaseId()).bind("i", c.inspectionId()).bind("by", audit.actor().name())
                .mapTo(Integer.class).findOne().isPresent();
        if (started) {
            audit.record(new AuditLog.Scope(c.sampleCaseId(), null), "case_assessment", c.reference(), "status",
                    AssessmentStatus.NOT_STARTED, AssessmentStatus.IN_PROGRESS);
        }
        return CaseRows.status(h, c.sampleCaseId());
    }

    /** The key question's judgement, its prompts' answers and the inspector's risk classification, in one query. */
    static KeyQuestionState state(Handle h, long sampleCaseId, String keyQuestionId) {
        Map<String, PromptAnswer> prompts = new HashMap<>();
        KeyQuestionAnswer[] answer = new KeyQuestionAnswer[1];
        RiskLevel[] risk = new RiskLevel[1];
        h.createQuery("select 'p' as kind, prompt_id as id, answer from prompt_answer where sample_case_id = :c"
                        + " and key_question_id = :k and answer is not null"
                        + " union all select 'k', key_question_id, answer from key_question_answer where sample_case_id = :c"
                        + " and key_question_id = :k and answer is not null"
                        + " union all select 'r', 'rosh', rosh from case_judgement where sample_case_id = :c and rosh is not null")
                .bind("c", sampleCaseId).bind("k", keyQuestionId)
                .map((rs, ctx) -> new String[] {rs.getString("kind"), rs.getString("id"), rs.getString("answer")})
                .forEach(row -> {
                    switch (row[0]) {
                        case "p" -> prompts.put(row[1], PromptAnswer.valueOf(row[2]));
                        case "k" -> answer[0] = KeyQuestionAnswer.valueOf(row[2]);
                        default -> risk[0] = RiskLevel.valueOf(row[2]);
                    }
                });
        return new KeyQuestionState(answer[0], prompts, risk[0]);
    }

}
