package org.yjinspect.assessment.app;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.assessment.domain.AnswerPolicy;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.AssessmentStatusPolicy;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.assessment.domain.KeyQuestionRelevancePolicy;
import org.yjinspect.assessment.domain.SubmissionPolicy;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;

/**
 * Case assessment use cases: list the sampled cases with their progress, show one case's form,
 * save one answer at a time, and move a case through its status life. Every save is checked
 * against the inspection's framework catalogue and the named rules before it reaches the store.
 */
public final class AssessmentService {
    private final SampledCases cases;
    private final CaseAssessments store;
    private final ConsistentReads reads;

    public AssessmentService(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                             CaseAssessments store, ConsistentReads reads) {
        this.cases = new SampledCases(inspections, frameworks, store);
        this.store = store;
        this.reads = reads;
    }

    public List<CaseViews.CaseSummary> list(long inspectionId) {
        return reads.read(() -> {
            Framework framework = cases.framework(inspectionId);
            Map<Long, Records.CaseStatus> statuses = store.statuses(inspectionId);
            Map<Long, Integer> answered = store.answeredKeyQuestions(inspectionId);
            return store.cases(inspectionId).stream().map(c -> {
                int keyQuestions = SampledCases.standards(framework, c).stream()
                        .mapToInt(s -> s.keyQuestions().size()).sum();
                return new CaseViews.CaseSummary(c, keyQuestions > 0,
                        statuses.getOrDefault(c.sampleCaseId(), Records.CaseStatus.notStarted(c.sampleCaseId())),
                        answered.getOrDefault(c.sampleCaseId(), 0), keyQuestions);
            }).toList();
        });
    }

    public CaseViews.CaseAssessment show(long inspectionId, long sampleCaseId) {
        return reads.read(() -> {
            AssessedCase assessed = cases.find(inspectionId, sampleCaseId);
            return CaseForms.of(assessed, SampledCases.standards(cases.framework(inspectionId), assessed),
                    store.answers(sampleCaseId));
        });
    }

    /** The stored judgements of the cases now in the sample, for the live ratings. */
    public SampleJudgements judgements(long inspectionId) {
        return reads.read(() -> new SampleJudgements(store.keyQuestionAnswers(inspectionId),
                store.sampledCases(inspectionId)));
    }

    public AssessedCase caseWithReference(long inspectionId, String reference) {
        return cases.withReference(inspectionId, reference);
    }

    public CaseViews.AnswerSaved<Records.PromptAnswerRecord> savePrompt(SavePromptAnswerCommand command) {
        SampledCases.Target target = cases.writable(command.ref());
        AssessedCase assessed = target.assessedCase();
        FormPlaces.Place place = FormPlaces.prompt(target.standards(), command.promptId(), assessed);
        if (command.answer() != null) {
            refuseUnless(AnswerPolicy.check(place.prompt(), command.answer()));
        }
        var saved = store.savePrompt(write(command.ref(), assessed, place), command.promptId(), command.answer());
        return answerSaved(saved, place.keyQuestion());
    }

    public CaseViews.AnswerSaved<Records.KeyQuestionAnswerRecord> saveKeyQuestion(SaveKeyQuestionAnswerCommand command) {
        SampledCases.Target target = cases.writable(command.ref());
        AssessedCase assessed = target.assessedCase();
        FormPlaces.Place place = FormPlaces.keyQuestion(target.standards(), command.keyQuestionId(), assessed);
        if (command.answer() != null) {
            refuseUnless(AnswerPolicy.check(place.keyQuestion(), command.answer()));
            refuseUnless(KeyQuestionRelevancePolicy.check(place.keyQuestion(), command.answer(),
                    assessed.youthConditionalCaution()));
        }
        return answerSaved(store.saveKeyQuestion(write(command.ref(), assessed, place), command.answer()),
                place.keyQuestion());
    }

    public CaseViews.AnswerSaved<Records.Evidence> saveEvidence(SaveEvidenceCommand command) {
        SampledCases.Target target = cases.writable(command.ref());
        AssessedCase assessed = target.assessedCase();
        FormPlaces.Place place = FormPlaces.keyQuestion(target.standards(), command.keyQuestionId(), assessed);
        var saved = store.saveEvidence(write(command.ref(), assessed, place), command.note(),
                command.goodPracticeExample());
        return new CaseViews.AnswerSaved<>(saved.record(), saved.caseStatus(), List.of());
    }

    public CaseViews.AnswerSaved<Records.Judgement> saveJudgement(SaveJudgementCommand command) {
        AssessedCase assessed = cases.writable(command.ref()).assessedCase();
        CaseWrite write = new CaseWrite(assessed, null, null, command.ref().baseRevision(), command.ref().actor(),
                AssessmentStatusPolicy::answersMayChange);
        var saved = store.saveJudgement(write, command.riskOfSeriousHarm(), command.riskOfSeriousHarmAgrees(),
                command.safetyWellbeing(), command.safetyWellbeingAgrees());
        return new CaseViews.AnswerSaved<>(saved.record(), saved.caseStatus(), List.of());
    }

    public Records.CaseStatus moveStatus(MoveCaseStatusCommand command) {
        SampledCases.Target target = cases.writable(command.ref());
        AssessedCase assessed = target.assessedCase();
        List<Standard> standards = target.standards();
        Problem.require(!standards.isEmpty(), "case " + assessed.reference() + " is a resettlement case: it illustrates"
                + " standard 4.1 and has no case assessment to move on");
        AssessmentStatus to = command.to();
        CaseWrite write = new CaseWrite(assessed, null, null, command.ref().baseRevision(), command.ref().actor(),
                status -> Ruling.allow(AssessmentStatusPolicy.RULE, "status moves are checked by the rule below"));
        return store.moveStatus(write, to, command.reason(), answers -> {
            Ruling<Verdict> move = AssessmentStatusPolicy.move(answers.status().status(), to, command.reason());
            if (!move.allowed() || to != AssessmentStatus.SUBMITTED) {
                return move;
            }
            return SubmissionPolicy.check(standards, answers.promptAnswers(), answers.keyQuestionAnswers());
        });
    }

    private <T> CaseViews.AnswerSaved<T> answerSaved(CaseAssessments.Saved<T> saved, KeyQuestion keyQuestion) {
        CaseAssessments.KeyQuestionState state = saved.keyQuestion();
        return new CaseViews.AnswerSaved<>(saved.record(), saved.caseStatus(), Warnings.of(keyQuestion, state.answer(),
                state.prompts(), state.inspectorsRiskOfSeriousHarm()));
    }

    private static CaseWrite write(CaseRef ref, AssessedCase assessed, FormPlaces.Place place) {
        return new CaseWrite(assessed, place.standard().number(), place.keyQuestion().id(), ref.baseRevision(),
                ref.actor(), AssessmentStatusPolicy::answersMayChange);
    }

    private static void refuseUnless(Ruling<Verdict> check) {
        if (!check.allowed()) {
            throw Problem.invalid(check.reason());
        }
    }

    /** Used by the command line, which names the actor itself. */
    public static CaseRef ref(long inspectionId, long sampleCaseId, int baseRevision, Actor actor) {
        return new CaseRef(inspectionId, sampleCaseId, baseRevision, actor);
    }
}
