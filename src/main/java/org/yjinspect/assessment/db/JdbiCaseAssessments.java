package org.yjinspect.assessment.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.assessment.app.CaseAssessments;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;

/**
 * Case assessments in PostgreSQL. Prompt answers and key question judgements, the autosaved
 * bulk, are saved in one round trip ({@link AnswerSaveCall}); evidence notes and classifications
 * in a write of their own ({@link CaseRecordWrites}); a status move inside the use case's write,
 * under the case's exclusive lock. Reads use the transaction in hand when there is one.
 */
public final class JdbiCaseAssessments implements CaseAssessments {
    private final Jdbi jdbi;
    private final InspectionWrites writes;
    private final AnswerSaveCall answers;

    public JdbiCaseAssessments(Jdbi jdbi, DataSource pool, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.answers = new AnswerSaveCall(pool);
    }

    @Override
    public Optional<AssessedCase> find(long inspectionId, long sampleCaseId) {
        return jdbi.withHandle(h -> h.createQuery(CaseRecordRows.CASES + " where s.id = :id and sm.inspection_id = :i")
                .bind("id", sampleCaseId).bind("i", inspectionId).map((rs, ctx) -> CaseRecordRows.assessedCase(rs))
                .findOne());
    }

    @Override
    public Optional<AssessedCase> findByReference(long inspectionId, String reference) {
        return jdbi.withHandle(h -> h.createQuery(CaseRecordRows.CASES + " where c.case_reference = :r"
                        + " and sm.inspection_id = :i order by (s.status = 'SELECTED') desc, s.id desc limit 1")
                .bind("r", reference).bind("i", inspectionId).map((rs, ctx) -> CaseRecordRows.assessedCase(rs))
                .findOne());
    }

    @Override
    public List<AssessedCase> cases(long inspectionId) {
        return jdbi.withHandle(h -> h.createQuery(CaseRecordRows.CASES + " where sm.inspection_id = :i"
                        + " order by s.case_type, c.case_reference, s.id")
                .bind("i", inspectionId).map((rs, ctx) -> CaseRecordRows.assessedCase(rs)).list());
    }

    @Override
    public CaseAnswers answers(long sampleCaseId) {
        return jdbi.withHandle(h -> CaseRecordRows.answers(h, sampleCaseId));
    }

    @Override
    public Map<Long, CaseRecords.CaseStatus> statuses(long inspectionId) {
        return jdbi.withHandle(h -> SampleProgressRows.statuses(h, inspectionId));
    }

    @Override
    public Map<Long, Integer> answeredKeyQuestions(long inspectionId) {
        return jdbi.withHandle(h -> SampleProgressRows.answeredKeyQuestions(h, inspectionId));
    }

    @Override
    public Map<String, List<KeyQuestionAnswer>> keyQuestionAnswers(long inspectionId) {
        return jdbi.withHandle(h -> SampleProgressRows.keyQuestionAnswers(h, inspectionId));
    }

    @Override
    public Map<CaseType, Integer> sampledCases(long inspectionId) {
        return jdbi.withHandle(h -> SampleProgressRows.sampledCases(h, inspectionId));
    }

    @Override
    public Saved<CaseRecords.PromptAnswerRecord> savePrompt(CaseChange.Answer change, Set<AssessmentStatus> open) {
        long id = change.assessedCase().sampleCaseId();
        return answers.save(change, open, rs -> AnswerSaveCall.prompt(rs, id, change.promptId()));
    }

    @Override
    public Saved<CaseRecords.KeyQuestionAnswerRecord> saveKeyQuestion(CaseChange.Answer change,
                                                                     Set<AssessmentStatus> open) {
        long id = change.assessedCase().sampleCaseId();
        return answers.save(change, open, rs -> AnswerSaveCall.keyQuestion(rs, id, change.keyQuestionId()));
    }

    @Override
    public Saved<CaseRecords.Evidence> saveEvidence(CaseChange.Evidence change, Set<AssessmentStatus> open) {
        return caseWrite(change, open, (h, audit) -> CaseRecordWrites.evidence(h, audit, change));
    }

    @Override
    public Saved<CaseRecords.Judgement> saveJudgement(CaseChange.Judgement change, Set<AssessmentStatus> open) {
        return caseWrite(change, open, (h, audit) -> CaseRecordWrites.judgement(h, audit, change));
    }

    /** A write of several statements: the kernel's lock first, then the case's own checks, then the change. */
    private <T> Saved<T> caseWrite(CaseChange change, Set<AssessmentStatus> open,
                                   InspectionWrites.Change<Saved<T>> write) {
        AssessedCase c = change.assessedCase();
        return writes.write(c.inspectionId(), change.actor(), (h, audit) -> {
            Outcome refused = CaseRecordWrites.refusedCase(h, c, open);
            return refused != null ? new Saved<>(refused, null, CaseRecordRows.status(h, c.sampleCaseId()), null)
                    : write.apply(h, audit);
        });
    }

    @Override
    public CaseAnswers lockForStatusMove(long sampleCaseId) {
        return jdbi.withHandle(h -> {
            CaseRecordWrites.statusForWriting(h, sampleCaseId, true);
            return CaseRecordRows.answers(h, sampleCaseId);
        });
    }

    @Override
    public Saved<CaseRecords.CaseStatus> moveStatus(CaseChange.StatusMove move) {
        AssessedCase c = move.assessedCase();
        return jdbi.withHandle(h -> CaseRecordWrites.status(h, AuditLog.of(h, c.inspectionId(), move.actor()), move));
    }

    @Override
    public Optional<String> assessor(long sampleCaseId) {
        return jdbi.withHandle(h -> h.createQuery("select coalesce((select u.username from case_allocation a"
                        + " join user_account u on u.id = a.user_id where a.sample_case_id = :c),"
                        + " (select e.actor from audit_entry e where e.sample_case_id = :c and e.entity = 'case_assessment'"
                        + " and e.field = 'status' and e.new_value = 'SUBMITTED' order by e.id desc limit 1))")
                .bind("c", sampleCaseId).mapTo(String.class).findOne());
    }
}
