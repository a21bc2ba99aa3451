package org.yjinspect.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * The case assessment aggregate: one sampled case, the standards assessed for it, and the rules
 * every change to its answers, judgements and status must pass. It decides each requested change
 * ({@link Decision}) before anything is written: where an answer lands in the form, which answers
 * the catalogue allows, relevance to the case, the status life and completeness on submission.
 * What can only be checked atomically with the write (the revision, the status at that moment,
 * the publication lock) travels with the change as its preconditions.
 */
public final class CaseAssessment {
    /** The rule that places an answer in the case's form. */
    public static final String FORM_RULE = "Standards assessed for a case";
    private final AssessedCase assessedCase;
    private final List<Standard> standards;

    private CaseAssessment(AssessedCase assessedCase, List<Standard> standards) {
        this.assessedCase = assessedCase;
        this.standards = List.copyOf(standards);
    }

    public static CaseAssessment of(AssessedCase assessedCase, Framework framework) {
        return new CaseAssessment(assessedCase, StandardsForCasePolicy.standards(framework, assessedCase.caseType()));
    }

    public AssessedCase assessedCase() {
        return assessedCase;
    }

    public List<Standard> standards() {
        return standards;
    }

    /** A key question assessed for this case. */
    public Optional<KeyQuestion> keyQuestion(String keyQuestionId) {
        return FormPlace.ofKeyQuestion(standards, keyQuestionId).map(FormPlace::keyQuestion);
    }

    /** The statuses in which answers may change, as the status rule says. */
    public static Set<AssessmentStatus> openForAnswers() {
        Set<AssessmentStatus> open = EnumSet.noneOf(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            if (AssessmentStatusPolicy.answersMayChange(s).allowed()) {
                open.add(s);
            }
        }
        return open;
    }

    public Decision<CaseChange.Answer> answerPrompt(String promptId, PromptAnswer answer, int base, Actor actor) {
        Optional<FormPlace> found = FormPlace.ofPrompt(standards, promptId);
        if (found.isEmpty()) {
            return notInForm("there is no prompt " + promptId);
        }
        FormPlace place = found.get();
        if (answer != null) {
            Ruling<Verdict> allowed = AnswerPolicy.check(place.prompt(), answer);
            if (!allowed.allowed()) {
                return Decision.refused(Decision.Refusal.INVALID_ANSWER, allowed);
            }
        }
        return new Decision.Accepted<>(new CaseChange.Answer(assessedCase, place.standard().number(),
                place.keyQuestion().id(), promptId, answer, base, actor));
    }

    public Decision<CaseChange.Answer> judgeKeyQuestion(String keyQuestionId, KeyQuestionAnswer answer, int base,
                                                        Actor actor) {
        Optional<FormPlace> found = FormPlace.ofKeyQuestion(standards, keyQuestionId);
        if (found.isEmpty()) {
            return notInForm("there is no key question " + keyQuestionId);
        }
        KeyQuestion keyQuestion = found.get().keyQuestion();
        if (answer != null) {
            for (Ruling<Verdict> rule : List.of(AnswerPolicy.check(keyQuestion, answer),
                    KeyQuestionRelevancePolicy.check(keyQuestion, answer, assessedCase.youthConditionalCaution()))) {
                if (!rule.allowed()) {
                    return Decision.refused(Decision.Refusal.INVALID_ANSWER, rule);
                }
            }
        }
        return new Decision.Accepted<>(new CaseChange.Answer(assessedCase, found.get().standard().number(),
                keyQuestionId, null, answer, base, actor));
    }

    public Decision<CaseChange.Evidence> noteEvidence(String keyQuestionId, String note, boolean goodPractice, int base,
                                                      Actor actor) {
        Optional<FormPlace> found = FormPlace.ofKeyQuestion(standards, keyQuestionId);
        if (found.isEmpty()) {
            return notInForm("there is no key question " + keyQuestionId);
        }
        return new Decision.Accepted<>(new CaseChange.Evidence(assessedCase, found.get().standard().number(),
                keyQuestionId, note, goodPractice, base, actor));
    }

    public Decision<CaseChange.Judgement> classify(RiskLevel risk, Boolean riskAgrees, RiskLevel wellbeing,
                                                   Boolean wellbeingAgrees, int base, Actor actor) {
        return new Decision.Accepted<>(new CaseChange.Judgement(assessedCase, risk, riskAgrees, wellbeing,
                wellbeingAgrees, base, actor));
    }

    /**
     * A status move, decided on the case's answers as they stand under the case's exclusive lock:
     * the status life, then, for a submission, completeness.
     */
    public Decision<CaseChange.StatusMove> moveStatus(CaseAnswers stored, AssessmentStatus to, String reason, int base,
                                                      Actor actor) {
        if (standards.isEmpty()) {
            return Decision.refused(Decision.Refusal.INVALID_ANSWER, Ruling.refuse(FORM_RULE, "case "
                    + assessedCase.reference() + " is a resettlement case: it illustrates standard 4.1 and has no"
                    + " case assessment to move on"));
        }
        CaseRecords.CaseStatus current = stored.status();
        Ruling<Verdict> move = AssessmentStatusPolicy.move(current.status(), to, reason);
        if (move.allowed() && to == AssessmentStatus.SUBMITTED) {
            move = SubmissionPolicy.check(standards, stored.promptAnswers(), stored.keyQuestionAnswers());
        }
        if (!move.allowed()) {
            return Decision.refused(Decision.Refusal.NOT_ALLOWED_NOW, new Ruling<>(move.value(), move.rule(),
                    "case " + assessedCase.reference() + ": " + move.reason()));
        }
        String kept = to == AssessmentStatus.RETURNED_FOR_REWORK ? reason
                : to == AssessmentStatus.ACCEPTED ? null : current.reworkReason();
        return new Decision.Accepted<>(new CaseChange.StatusMove(assessedCase, current, to, kept, base, actor));
    }

    /** Why an answer could not be made now: the status rule's reason for the status the case was found in. */
    public static Ruling<Verdict> closedBecause(AssessmentStatus status) {
        return AssessmentStatusPolicy.answersMayChange(status);
    }

    private <C extends CaseChange> Decision<C> notInForm(String what) {
        List<String> numbers = standards.stream().map(Standard::number).toList();
        return Decision.refused(Decision.Refusal.NOT_IN_FORM, Ruling.refuse(FORM_RULE, what
                + " among the standards assessed for case " + assessedCase.reference() + " ("
                + (numbers.isEmpty() ? "none: resettlement cases are illustrative only" : String.join(", ", numbers))
                + ")"));
    }
}
