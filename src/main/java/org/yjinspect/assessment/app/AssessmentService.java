package org.yjinspect.assessment.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.Decision;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Case assessment use cases: list the sampled cases with their progress, show one case's form,
 * save one answer at a time, and move a case through its status life. Each write finds the case
 * as a {@link CaseAssessment}, lets it decide the change by its named rules, and hands the one
 * change to the store, which applies it in one transaction (an answer save in one round trip).
 */
public final class AssessmentService {
    private static final Set<AssessmentStatus> OPEN = CaseAssessment.openForAnswers();
    private final SampledCases cases;
    private final CaseAssessments store;
    private final ConsistentReads reads;
    private final RecordWrites writes;

    public AssessmentService(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                             CaseAssessments store, ConsistentReads reads, RecordWrites writes) {
        this.cases = new SampledCases(inspections, frameworks, store);
        this.store = store;
        this.reads = reads;
        this.writes = writes;
    }

    public List<CaseViews.CaseSummary> list(long inspectionId) {
        return reads.read(() -> {
            Framework framework = cases.framework(inspectionId);
            Map<Long, CaseRecords.CaseStatus> statuses = store.statuses(inspectionId);
            Map<Long, Integer> answered = store.answeredKeyQuestions(inspectionId);
            return store.cases(inspectionId).stream().map(c -> {
                int keyQuestions = CaseAssessment.of(c, framework).standards().stream()
                        .mapToInt(s -> s.keyQuestions().size()).sum();
                return new CaseViews.CaseSummary(c, keyQuestions > 0,
                        statuses.getOrDefault(c.sampleCaseId(), CaseRecords.CaseStatus.notStarted(c.sampleCaseId())),
                        answered.getOrDefault(c.sampleCaseId(), 0), keyQuestions);
            }).toList();
        });
    }

    public CaseViews.CaseAssessment show(long inspectionId, long sampleCaseId) {
        return reads.read(() -> {
            AssessedCase assessed = cases.find(inspectionId, sampleCaseId);
            return CaseForms.of(assessed, CaseAssessment.of(assessed, cases.framework(inspectionId)).standards(),
                    store.answers(sampleCaseId));
        });
    }

    /** The stored judgements of the cases now in the sample, for the live ratings. */
    public SampleJudgements judgements(long inspectionId) {
        return reads.read(() -> new SampleJudgements(store.keyQuestionAnswers(inspectionId),
                store.sampledCases(inspectionId)));
    }

    /**
     * The username of whoever assessed the case, for {@link
     * org.yjinspect.assessment.domain.QualityAssurancePolicy}: its allocated assessor or, with
     * nobody allocated, whoever last submitted it (on the API or on the command line).
     */
    public Optional<String> assessor(long sampleCaseId) {
        return store.assessor(sampleCaseId).map(name -> name.endsWith(Actor.COMMAND_LINE)
                ? name.substring(0, name.length() - Actor.COMMAND_LINE.length()) : name);
    }

    public AssessedCase caseWithReference(long inspectionId, String reference) {
        return cases.withReference(inspectionId, reference);
    }

    public CaseViews.AnswerSaved<CaseRecords.PromptAnswerRecord> savePrompt(SavePromptAnswerCommand command) {
        CaseRef ref = command.ref();
        CaseAssessment assessment = cases.forWriting(ref.inspectionId(), ref.sampleCaseId());
        CaseChange.Answer change = accepted(ref, assessment.answerPrompt(command.promptId(), command.answer(),
                ref.baseRevision(), ref.actor()));
        return Saves.answered(store.savePrompt(change, OPEN), change, assessment,
                "the answer to prompt " + change.promptId());
    }

    public CaseViews.AnswerSaved<CaseRecords.KeyQuestionAnswerRecord> saveKeyQuestion(
            SaveKeyQuestionAnswerCommand command) {
        CaseRef ref = command.ref();
        CaseAssessment assessment = cases.forWriting(ref.inspectionId(), ref.sampleCaseId());
        CaseChange.Answer change = accepted(ref, assessment.judgeKeyQuestion(command.keyQuestionId(),
                command.answer(), ref.baseRevision(), ref.actor()));
        return Saves.answered(store.saveKeyQuestion(change, OPEN), change, assessment,
                "the judgement on key question " + change.keyQuestionId());
    }

    public CaseViews.AnswerSaved<CaseRecords.Evidence> saveEvidence(SaveEvidenceCommand command) {
        CaseRef ref = command.ref();
        CaseAssessment assessment = cases.forWriting(ref.inspectionId(), ref.sampleCaseId());
        CaseChange.Evidence change = accepted(ref, assessment.noteEvidence(command.keyQuestionId(), command.note(),
                command.goodPracticeExample(), ref.baseRevision(), ref.actor()));
        return Saves.plain(store.saveEvidence(change, OPEN), change,
                "the evidence for key question " + change.keyQuestionId());
    }

    public CaseViews.AnswerSaved<CaseRecords.Judgement> saveJudgement(SaveJudgementCommand command) {
        CaseRef ref = command.ref();
        CaseAssessment assessment = cases.forWriting(ref.inspectionId(), ref.sampleCaseId());
        CaseChange.Judgement change = accepted(ref, assessment.classify(command.riskOfSeriousHarm(),
                command.riskOfSeriousHarmAgrees(), command.safetyWellbeing(), command.safetyWellbeingAgrees(),
                ref.baseRevision(), ref.actor()));
        return Saves.plain(store.saveJudgement(change, OPEN), change, "the classifications");
    }

    /** Decided on the case's answers as they stand, under its exclusive lock, in the move's own transaction. */
    public CaseRecords.CaseStatus moveStatus(MoveCaseStatusCommand command) {
        CaseRef ref = command.ref();
        CaseAssessment assessment = cases.forWriting(ref.inspectionId(), ref.sampleCaseId());
        return writes.write(ref.inspectionId(), ref.actor(), () -> {
            CaseAnswers stored = store.lockForStatusMove(ref.sampleCaseId());
            if (!cases.find(ref.inspectionId(), ref.sampleCaseId()).selected()) {
                throw SampledCases.replaced(assessment.assessedCase());
            }
            if (stored.status().revision() != ref.baseRevision()) {
                return Saves.stale(stored.status(), assessment.assessedCase(), ref.baseRevision(), "the status");
            }
            CaseChange.StatusMove move = accepted(ref, assessment.moveStatus(stored, command.to(), command.reason(),
                    ref.baseRevision(), ref.actor()));
            return Saves.plain(store.moveStatus(move), move, "the status").saved();
        });
    }

    /** The change to apply, or the refusal: after the publication lock, which comes before any other rule. */
    private <C extends CaseChange> C accepted(CaseRef ref, Decision<C> decision) {
        if (decision instanceof Decision.Accepted<C> accepted) {
            return accepted.change();
        }
        writes.refuseIfLocked(ref.inspectionId());
        throw Saves.refusal((Decision.Refused<C>) decision);
    }

    /** Used by the command line, which names the actor itself. */
    public static CaseRef ref(long inspectionId, long sampleCaseId, int baseRevision, Actor actor) {
        return new CaseRef(inspectionId, sampleCaseId, baseRevision, actor);
    }
}
