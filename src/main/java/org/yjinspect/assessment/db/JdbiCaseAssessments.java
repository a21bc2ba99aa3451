package org.yjinspect.assessment.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.assessment.app.AssessedCase;
import org.yjinspect.assessment.app.CaseAnswers;
import org.yjinspect.assessment.app.CaseAssessments;
import org.yjinspect.assessment.app.CaseWrite;
import org.yjinspect.assessment.app.Records;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;

/**
 * Case assessments in PostgreSQL. Each save: the publication lock (through {@link InspectionWrites}),
 * a shared lock on the case so its status cannot change underneath, the status rule, the
 * revision check, the change, its audit entries, and the move of a not-started case to in progress,
 * all in one transaction. Status moves take the case lock exclusively.
 */
public final class JdbiCaseAssessments implements CaseAssessments {
    private static final VersionedRow STATUS = new VersionedRow("case_assessment", List.of("sample_case_id"),
            List.of("inspection_id"), List.of("status", "rework_reason"));
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiCaseAssessments(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public Optional<AssessedCase> find(long inspectionId, long sampleCaseId) {
        return jdbi.withHandle(h -> h.createQuery(CaseRows.CASES + " where s.id = :id and sm.inspection_id = :i")
                .bind("id", sampleCaseId).bind("i", inspectionId).map((rs, ctx) -> CaseRows.assessedCase(rs)).findOne());
    }

    @Override
    public Optional<AssessedCase> findByReference(long inspectionId, String reference) {
        return jdbi.withHandle(h -> h.createQuery(CaseRows.CASES + " where c.case_reference = :r and sm.inspection_id = :i"
                        + " order by (s.status = 'SELECTED') desc, s.id desc limit 1")
                .bind("r", reference).bind("i", inspectionId).map((rs, ctx) -> CaseRows.assessedCase(rs)).findOne());
    }

    @Override
    public List<AssessedCase> cases(long inspectionId) {
        return jdbi.withHandle(h -> h.createQuery(CaseRows.CASES + " where sm.inspection_id = :i"
                        + " order by s.case_type, c.case_reference, s.id")
                .bind("i", inspectionId).map((rs, ctx) -> CaseRows.assessedCase(rs)).list());
    }

    @Override
    public CaseAnswers answers(long sampleCaseId) {
        return jdbi.withHandle(h -> CaseRows.answers(h, sampleCaseId));
    }

    @Override
    public Map<Long, Records.CaseStatus> statuses(long inspectionId) {
        return jdbi.withHandle(h -> SampleRows.statuses(h, inspectionId));
    }

    @Override
    public Map<Long, Integer> answeredKeyQuestions(long inspectionId) {
        return jdbi.withHandle(h -> SampleRows.answeredKeyQuestions(h, inspectionId));
    }

    @Override
    public Map<String, List<KeyQuestionAnswer>> keyQuestionAnswers(long inspectionId) {
        return jdbi.withHandle(h -> SampleRows.keyQuestionAnswers(h, inspectionId));
    }

    @Override
    public Map<CaseType, Integer> sampledCases(long inspectionId) {
        return jdbi.withHandle(h -> SampleRows.sampledCases(h, inspectionId));
    }

    @Override
    public Saved<Records.PromptAnswerRecord> savePrompt(CaseWrite w, String promptId, PromptAnswer answer) {
        return answering(w, (h, audit) -> CaseAnswerSaves.prompt(h, audit, w, promptId, answer));
    }

    @Override
    public Saved<Records.KeyQuestionAnswerRecord> saveKeyQuestion(CaseWrite w, KeyQuestionAnswer answer) {
        return answering(w, (h, audit) -> CaseAnswerSaves.keyQuestion(h, audit, w, answer));
    }

    @Override
    public Saved<Records.Evidence> saveEvidence(CaseWrite w, String note, boolean goodPractice) {
        return answering(w, (h, audit) -> CaseAnswerSaves.evidence(h, audit, w, note, goodPractice));
    }

    @Override
    public Saved<Records.Judgement> saveJudgement(CaseWrite w, RiskLevel risk, Boolean riskAgrees,
                                                  RiskLevel wellbeing, Boolean wellbeingAgrees) {
        return answering(w, (h, audit) -> CaseAnswerSaves.judgement(h, audit, w, risk, riskAgrees, wellbeing,
                wellbeingAgrees));
    }

    @Override
    public Records.CaseStatus moveStatus(CaseWrite w, AssessmentStatus to, String reason,
                                         Function<CaseAnswers, Ruling<Verdict>> rule) {
        AssessedCase c = w.assessedCase();
        return writes.write(c.inspectionId(), w.actor(), (h, audit) -> {
            CaseWriting.statusForWriting(h, c.sampleCaseId(), true);
            CaseAnswers answers = CaseRows.answers(h, c.sampleCaseId());
            Records.CaseStatus current = answers.status();
            if (current.revision() != w.baseRevision()) {
                throw new StaleRecord(StaleRecord.message("the status of case " + c.reference(), w.baseRevision(),
                        current.revision(), current.updatedBy()), current);
            }
            Ruling<Verdict> check = rule.apply(answers);
            if (!check.allowed()) {
                throw Problem.conflict("case " + c.reference() + ": " + check.reason());
            }
            String kept = to == AssessmentStatus.RETURNED_FOR_REWORK ? reason
                    : to == AssessmentStatus.ACCEPTED ? null : current.reworkReason();
            STATUS.save(h, VersionedRow.values("sample_case_id", c.sampleCaseId()),
                    VersionedRow.values("inspection_id", c.inspectionId()),
                    VersionedRow.values("status", to, "rework_reason", kept), w.baseRevision(), w.actor().name(),
                    (rs, ctx) -> CaseRows.status(rs));
            AuditLog.Scope scope = new AuditLog.Scope(c.sampleCaseId(), null);
            audit.record(scope, "case_assessment", c.reference(), "status", current.status(), to);
            audit.record(scope, "case_assessment", c.reference(), "rework_reason", current.reworkReason(), kept);
            return CaseRows.status(h, c.sampleCaseId());
        });
    }

    /** The shared part of every answer save: locks, status rule, the change, starting the case. */
    private <T> Saved<T> answering(CaseWrite w, InspectionWrites.Change<T> change) {
        AssessedCase c = w.assessedCase();
        return writes.write(c.inspectionId(), w.actor(), (h, audit) -> {
            AssessmentStatus current = CaseWriting.statusForWriting(h, c.sampleCaseId(), false);
            Ruling<Verdict> open = w.mayChange().apply(current);
            if (!open.allowed()) {
                throw Problem.conflict("case " + c.reference() + ": " + open.reason());
            }
            T record = change.apply(h, audit);
            Records.CaseStatus status = current == AssessmentStatus.NOT_STARTED ? CaseWriting.start(h, audit, c)
                    : CaseRows.status(h, c.sampleCaseId());
            return new Saved<>(record, status, w.keyQuestionId() == null ? null : CaseWriting.state(h, c.sampleCaseId(),
                    w.keyQuestionId()));
        });
    }
}
