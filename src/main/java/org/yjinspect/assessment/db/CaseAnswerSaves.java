package org.yjinspect.assessment.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.assessment.app.CaseWrite;
import org.yjinspect.assessment.app.Records;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.caseload.domain.RiskLevel;

/**
 * The change itself of each answer save on a case: the versioned row, the revision check and the
 * audit entries. Runs inside the write that {@link JdbiCaseAssessments} opens, after its locks and
 * status rule.
 */
final class CaseAnswerSaves {
    private static final VersionedRow PROMPT = new VersionedRow("prompt_answer", List.of("sample_case_id", "prompt_id"),
            List.of("inspection_id", "standard_number", "key_question_id"), List.of("answer"));
    private static final VersionedRow KEY_QUESTION = new VersionedRow("key_question_answer",
            List.of("sample_case_id", "key_question_id"), List.of("inspection_id", "standard_number"), List.of("answer"));
    private static final VersionedRow EVIDENCE = new VersionedRow("key_question_evidence",
            List.of("sample_case_id", "key_question_id"), List.of("inspection_id", "standard_number"),
            List.of("note", "good_practice"));
    private static final VersionedRow JUDGEMENT = new VersionedRow("case_judgement", List.of("sample_case_id"),
            List.of("inspection_id"), List.of("rosh", "rosh_agrees", "safety_wellbeing", "safety_wellbeing_agrees"));

    private CaseAnswerSaves() {
    }

    static Records.PromptAnswerRecord prompt(Handle h, AuditLog audit, CaseWrite w, String promptId, PromptAnswer answer) {
        long id = w.assessedCase().sampleCaseId();
        var saved = PROMPT.save(h, VersionedRow.values("sample_case_id", id, "prompt_id", promptId),
                fixed(w, "key_question_id", w.keyQuestionId()), VersionedRow.values("answer", answer),
                w.baseRevision(), w.actor().name(), (rs, ctx) -> CaseRows.prompt(rs));
        refuseIfStale(saved, w, "the answer to prompt " + promptId, saved.row() == null ? null : saved.row().updatedBy());
        if (saved.changed()) {
            audit.record(scope(w), "prompt_answer", promptId, "answer", saved.before("answer"), answer);
        }
        return saved.row();
    }

    static Records.KeyQuestionAnswerRecord keyQuestion(Handle h, AuditLog audit, CaseWrite w, KeyQuestionAnswer answer) {
        var saved = KEY_QUESTION.save(h, key(w), fixed(w), VersionedRow.values("answer", answer),
                w.baseRevision(), w.actor().name(), (rs, ctx) -> CaseRows.keyQuestion(rs));
        refuseIfStale(saved, w, "the judgement on key question " + w.keyQuestionId(),
                saved.row() == null ? null : saved.row().updatedBy());
        if (saved.changed()) {
            audit.record(scope(w), "key_question_answer", w.keyQuestionId(), "answer", saved.before("answer"), answer);
        }
        return saved.row();
    }

    static Records.Evidence evidence(Handle h, AuditLog audit, CaseWrite w, String note, boolean goodPractice) {
        var saved = EVIDENCE.save(h, key(w), fixed(w),
                VersionedRow.values("note", note, "good_practice", goodPractice), w.baseRevision(), w.actor().name(),
                (rs, ctx) -> CaseRows.evidence(rs));
        refuseIfStale(saved, w, "the evidence for key question " + w.keyQuestionId(),
                saved.row() == null ? null : saved.row().updatedBy());
        if (saved.changed()) {
            audit.record(scope(w), "key_question_evidence", w.keyQuestionId(), "note", saved.before("note"), note);
            audit.record(scope(w), "key_question_evidence", w.keyQuestionId(), "good_practice",
                    saved.before("good_practice"), saved.before().isEmpty() && !goodPractice ? null : goodPractice);
        }
        return saved.row();
    }

    static Records.Judgement judgement(Handle h, AuditLog audit, CaseWrite w, RiskLevel risk, Boolean riskAgrees,
                                       RiskLevel wellbeing, Boolean wellbeingAgrees) {
        long id = w.assessedCase().sampleCaseId();
        var values = VersionedRow.values("rosh", risk, "rosh_agrees", riskAgrees, "safety_wellbeing", wellbeing,
                "safety_wellbeing_agrees", wellbeingAgrees);
        var saved = JUDGEMENT.save(h, VersionedRow.values("sample_case_id", id),
                VersionedRow.values("inspection_id", w.assessedCase().inspectionId()), values, w.baseRevision(),
                w.actor().name(), (rs, ctx) -> CaseRows.judgement(rs));
        refuseIfStale(saved, w, "the classifications", saved.row() == null ? null : saved.row().updatedBy());
        if (saved.changed()) {
            values.forEach((field, value) -> audit.record(scope(w), "case_judgement", w.assessedCase().reference(),
                    field, saved.before(field), value));
        }
        return saved.row() == null ? Records.Judgement.none(id) : saved.row();
    }

    private static void refuseIfStale(VersionedRow.Saved<?> saved, CaseWrite w, String what, String changedBy) {
        if (saved.stale()) {
            throw new StaleRecord(StaleRecord.message(what + " for case " + w.assessedCase().reference(),
                    w.baseRevision(), saved.revision(), changedBy), saved.row());
        }
    }

    private static Map<String, Object> key(CaseWrite w) {
        return VersionedRow.values("sample_case_id", w.assessedCase().sampleCaseId(), "key_question_id", w.keyQuestionId());
    }

    private static Map<String, Object> fixed(CaseWrite w, Object... more) {
        Map<String, Object> fixed = VersionedRow.values("inspection_id", w.assessedCase().inspectionId(),
                "standard_number", w.standardNumber());
        fixed.putAll(VersionedRow.values(more));
        return fixed;
    }

    private static AuditLog.Scope scope(CaseWrite w) {
        return new AuditLog.Scope(w.assessedCase().sampleCaseId(), w.standardNumber());
    }
}
