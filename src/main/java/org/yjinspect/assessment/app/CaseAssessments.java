package org.yjinspect.assessment.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;

/**
 * Where case assessments are kept. Every save is one transaction that passes the publication
 * lock, applies the write's status rule, refuses a stale revision with
 * {@link org.yjinspect.records.app.StaleRecord} (carrying the current record), saves, appends the
 * audit trail, and moves a not-started case to in progress.
 */
public interface CaseAssessments {
    /** What a save did: the record now stored, the case's status, and its key question's answers after the save. */
    record Saved<T>(T record, Records.CaseStatus caseStatus, KeyQuestionState keyQuestion) {
    }

    /** One key question's judgement and prompt answers for a case, with the inspector's risk of serious harm. */
    record KeyQuestionState(KeyQuestionAnswer answer, Map<String, PromptAnswer> prompts,
                            RiskLevel inspectorsRiskOfSeriousHarm) {
    }

    Optional<AssessedCase> find(long inspectionId, long sampleCaseId);

    /** The case now in the sample with this reference (a replaced one if no other has it). */
    Optional<AssessedCase> findByReference(long inspectionId, String reference);

    /** Every case ever in the inspection's sample, replaced ones included, by reference. */
    List<AssessedCase> cases(long inspectionId);

    CaseAnswers answers(long sampleCaseId);

    Map<Long, Records.CaseStatus> statuses(long inspectionId);

    /** Key questions answered per case. */
    Map<Long, Integer> answeredKeyQuestions(long inspectionId);

    Saved<Records.PromptAnswerRecord> savePrompt(CaseWrite write, String promptId, PromptAnswer answer);

    Saved<Records.KeyQuestionAnswerRecord> saveKeyQuestion(CaseWrite write, KeyQuestionAnswer answer);

    Saved<Records.Evidence> saveEvidence(CaseWrite write, String note, boolean goodPracticeExample);

    Saved<Records.Judgement> saveJudgement(CaseWrite write, RiskLevel riskOfSeriousHarm, Boolean riskAgrees,
                                           RiskLevel safetyWellbeing, Boolean safetyWellbeingAgrees);

    /** Moves the status if {@code rule}, given the case's answers under an exclusive lock on the case, allows it. */
    Records.CaseStatus moveStatus(CaseWrite write, AssessmentStatus to, String reason, Function<CaseAnswers, Ruling<Verdict>> rule);

    /** Every key question judgement given on the cases now in the sample, by key question id. */
    Map<String, List<KeyQuestionAnswer>> keyQuestionAnswers(long inspectionId);

    /** Cases now in the sample, by case type (types with none are left out). */
    Map<CaseType, Integer> sampledCases(long inspectionId);
}
