package org.yjinspect.assessment.db;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.yjinspect.assessment.app.CaseAssessments.Outcome;
import org.yjinspect.assessment.app.CaseAssessments.Saved;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.VersionedRow;

/**
 * The case records saved in a transaction of several statements: the evidence note, the
 * classifications and the status move. Each runs inside a write the caller opened (publication
 * lock first), checks the case is still sampled and its status under the case's lock, compares
 * the revision, writes with its audit entries, and starts a not-started case.
 */
final class CaseRecordWrites {
    private static final VersionedRow EVIDENCE = new VersionedRow("key_question_evidence",
            List.of("sample_case_id", "key_question_id"), List.of("inspection_id", "standard_number"),
            List.of("note", "good_practice"));
    private static final VersionedRow JUDGEMENT = new VersionedRow("case_judgement", List.of("sample_case_id"),
            List.of("inspection_id"), List.of("rosh", "rosh_agrees", "safety_wellbeing", "safety_wellbeing_agrees"));
    private static final VersionedRow STATUS = new VersionedRow("case_assessment", List.of("sample_case_id"),
            List.of("inspection_id"), List.of("status", "rework_reason"));

    private CaseRecordWrites() {
    }

    /** The outcome when the case cannot take the change at all, or null when it can. */
    static Outcome refusedCase(Handle h, AssessedCase c, Set<AssessmentStatus> open) {
        String sampled = h.createQuery("select s.status from sample_case s join sample sm on sm.id = s.sample_id"
                        + " where s.id = :c and sm.inspection_id = :i").bind("c", c.sampleCaseId())
                .bind("i", c.inspectionId()).mapTo(String.class).findOne().orElse(null);
        if (sampled == null) {
            return Outcome.GONE;
        }
        if (!"SELECTED".equals(sampled)) {
            return Outcome.REPLACED;
        }
        return open.contains(statusForWriting(h, c.sampleCaseId(), false)) ? null : Outcome.CLOSED;
    }

    static Saved<CaseRecords.Evidence> evidence(Handle h, AuditLog audit, CaseChange.Evidence e) {
        AssessedCase c = e.assessedCase();
        var saved = EVIDENCE.save(h, VersionedRow.values("sample_case_id", c.sampleCaseId(), "key_question_id",
                        e.keyQuestionId()), VersionedRow.values("inspection_id", c.inspectionId(), "standard_number",
                        e.standardNumber()), VersionedRow.values("note", e.note(), "good_practice", e.goodPracticeExample()),
                e.baseRevision(), audit.actor().name(), (rs, ctx) -> CaseRecordRows.evidence(rs));
        if (saved.changed()) {
            AuditLog.Scope scope = new AuditLog.Scope(c.sampleCaseId(), e.standardNumber());
            audit.record(scope, "key_question_evidence", e.keyQuestionId(), "note", saved.before("note"), e.note());
            audit.record(scope, "key_question_evidence", e.keyQuestionId(), "good_practice",
                    saved.before("good_practice"), saved.before().isEmpty() && !e.goodPracticeExample() ? null
                            : e.goodPracticeExample());
        }
        return outcome(h, audit, c, saved);
    }

    static Saved<CaseRecords.Judgement> judgement(Handle h, AuditLog audit, CaseChange.Judgement j) {
        AssessedCase c = j.assessedCase();
        Map<String, Object> values = VersionedRow.values("rosh", j.riskOfSeriousHarm(), "rosh_agrees", j.riskAgrees(),
                "safety_wellbeing", j.safetyWellbeing(), "safety_wellbeing_agrees", j.wellbeingAgrees());
        var saved = JUDGEMENT.save(h, VersionedRow.values("sample_case_id", c.sampleCaseId()),
                VersionedRow.values("inspection_id", c.inspectionId()), values, j.baseRevision(), audit.actor().name(),
                (rs, ctx) -> CaseRecordRows.judgement(rs));
        if (saved.changed()) {
            values.forEach((field, value) -> audit.record(new AuditLog.Scope(c.sampleCaseId(), null),
                    "case_judgement", c.reference(), field, saved.before(field), value));
        }
        var result = outcome(h, audit, c, saved);
        return result.record() != null ? result : new Saved<>(result.outcome(),
                CaseRecords.Judgement.none(c.sampleCaseId()), result.caseStatus(), null);
    }

    static Saved<CaseRecords.CaseStatus> status(Handle h, AuditLog audit, CaseChange.StatusMove move) {
        AssessedCase c = move.assessedCase();
        var saved = STATUS.save(h, VersionedRow.values("sample_case_id", c.sampleCaseId()),
                VersionedRow.values("inspection_id", c.inspectionId()),
                VersionedRow.values("status", move.to(), "rework_reason", move.reworkReason()), move.baseRevision(),
                audit.actor().name(), (rs, ctx) -> CaseRecordRows.status(rs));
        if (saved.stale()) {
            return new Saved<>(Outcome.STALE, saved.row(), saved.row(), null);
        }
        AuditLog.Scope scope = new AuditLog.Scope(c.sampleCaseId(), null);
        audit.record(scope, "case_assessment", c.reference(), "status", move.from().status(), move.to());
        audit.record(scope, "case_assessment", c.reference(), "rework_reason", move.from().reworkReason(),
                move.reworkReason());
        CaseRecords.CaseStatus now = CaseRecordRows.status(h, c.sampleCaseId());
        return new Saved<>(Outcome.SAVED, now, now, null);
    }

    /** Takes the case's lock (shared for answers, exclusive for a status move) and reads its status afresh. */
    static AssessmentStatus statusForWriting(Handle h, long sampleCaseId, boolean exclusive) {
        return AssessmentStatus.valueOf(h.createQuery("select case_status_for_writing(:c, :exclusive)")
                .bind("c", sampleCaseId).bind("exclusive", exclusive).mapTo(String.class).one());
    }

    private static <T> Saved<T> outcome(Handle h, AuditLog audit, AssessedCase c, VersionedRow.Saved<T> saved) {
        if (saved.stale()) {
            return new Saved<>(Outcome.STALE, saved.row(), CaseRecordRows.status(h, c.sampleCaseId()), null);
        }
        if (saved.changed()) {
            h.createQuery("select start_case_assessment(:i, :c, :r, :by)").bind("i", c.inspectionId())
                    .bind("c", c.sampleCaseId()).bind("r", c.reference()).bind("by", audit.actor().name())
                    .mapTo(String.class).one();
        }
        return new Saved<>(saved.changed() ? Outcome.SAVED : Outcome.UNCHANGED, saved.row(),
                CaseRecordRows.status(h, c.sampleCaseId()), null);
    }
}
