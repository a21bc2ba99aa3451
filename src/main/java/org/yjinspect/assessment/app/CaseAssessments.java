package org.yjinspect.assessment.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.KeyQuestionState;
import org.yjinspect.framework.domain.CaseType;

/**
 * Where case assessments are kept. Each save applies one change the aggregate has decided, in
 * one transaction: the publication lock first, then the case must still be sampled, its status
 * one of {@code open}, the revision the change is based on still current; then the change, its
 * audit entries, and a not-started case moved to in progress. What happened comes back as data.
 */
public interface CaseAssessments {
    /** What a save found and did. */
    enum Outcome {
        SAVED, UNCHANGED, STALE, CLOSED, GONE, REPLACED;

        public boolean stored() {
            return this == SAVED || this == UNCHANGED;
        }
    }

    /** The outcome, the record as it now stands, the case's status, and the key question's state after the save. */
    record Saved<T>(Outcome outcome, T record, CaseRecords.CaseStatus caseStatus, KeyQuestionState keyQuestion) {
    }

    Optional<AssessedCase> find(long inspectionId, long sampleCaseId);

    /** The case now in the sample with this reference (a replaced one if no other has it). */
    Optional<AssessedCase> findByReference(long inspectionId, String reference);

    /** Every case ever in the inspection's sample, replaced ones included, by reference. */
    List<AssessedCase> cases(long inspectionId);

    CaseAnswers answers(long sampleCaseId);

    Map<Long, CaseRecords.CaseStatus> statuses(long inspectionId);

    /** Key questions answered per case. */
    Map<Long, Integer> answeredKeyQuestions(long inspectionId);

    Saved<CaseRecords.PromptAnswerRecord> savePrompt(CaseChange.Answer change, Set<AssessmentStatus> open);

    Saved<CaseRecords.KeyQuestionAnswerRecord> saveKeyQuestion(CaseChange.Answer change, Set<AssessmentStatus> open);

    Saved<CaseRecords.Evidence> saveEvidence(CaseChange.Evidence change, Set<AssessmentStatus> open);

    Saved<CaseRecords.Judgement> saveJudgement(CaseChange.Judgement change, Set<AssessmentStatus> open);

    /** Inside a write: takes the case's exclusive lock (waiting for answers in flight) and reads its answers. */
    CaseAnswers lockForStatusMove(long sampleCaseId);

    /** Inside the same write: the move, if the status is still at the revision it was decided on. */
    Saved<CaseRecords.CaseStatus> moveStatus(CaseChange.StatusMove move);

    /** Every key question judgement given on the cases now in the sample, by key question id. */
    Map<String, List<KeyQuestionAnswer>> keyQuestionAnswers(long inspectionId);

    /** Cases now in the sample, by case type (types with none are left out). */
    Map<CaseType, Integer> sampledCases(long inspectionId);

    /**
     * The name, as the audit trail records it, of whoever assessed the case: the username of its
     * allocated assessor or, with nobody allocated, the actor of its last move to submitted.
     */
    Optional<String> assessor(long sampleCaseId);
}
