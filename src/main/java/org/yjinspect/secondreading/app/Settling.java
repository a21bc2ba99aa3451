package org.yjinspect.secondreading.app;

import java.util.Optional;
import java.util.Set;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.app.AnswerWords;
import org.yjinspect.assessment.app.CaseAssessments;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.Decision;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.secondreading.domain.SettledAnswerPolicy;

/**
 * Settling a difference: the agreed answer is checked by the case assessment's own rules and
 * written to the live answer through the case assessment store (its revision check and its audit
 * entry), under {@link SettledAnswerPolicy}'s exception for submitted and accepted cases; then the
 * settlement (who, why, both readings' answers) is recorded and audited. Neither reading changes.
 */
final class Settling {
    private static final Set<AssessmentStatus> OPEN = SettledAnswerPolicy.openForSettlement();
    private final ReadingContexts contexts;
    private final CaseAssessments live;

    Settling(ReadingContexts contexts, CaseAssessments live) {
        this.contexts = contexts;
        this.live = live;
    }

    Outcome<Settlement> settle(SettleCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        ChosenCase chosen = context.view(c.sampleCaseId());
        Optional<SecondReadItem> item = chosen.bothSubmitted() ? new ReadingPairs(context, contexts.records())
                .items(chosen).stream().filter(i -> i.level() == c.level() && i.itemId().equals(c.itemId())).findFirst()
                : Optional.empty();
        if (chosen.bothSubmitted() && item.isEmpty()) {
            return Outcome.refused(Ruling.refuse(SettledAnswerPolicy.RULE, "case " + chosen.caseReference() + " has no "
                    + c.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + c.itemId()
                    + " in either reading"));
        }
        Ruling<Verdict> may = SettledAnswerPolicy.check(chosen.caseReference(), c.itemId(), chosen.bothSubmitted(),
                item.map(i -> i.answers().first()).orElse(""), item.map(i -> i.answers().second()).orElse(""));
        if (!may.allowed()) {
            return Outcome.refused(may);
        }
        CaseAssessment assessment = context.assessment(c.sampleCaseId());
        Ruling<Verdict> written = writeLive(assessment, c);
        if (!written.allowed()) {
            return Outcome.refused(written);
        }
        SecondReadItem i = item.get();
        Settlement settlement = contexts.records().settle(c.inspectionId(), c.sampleCaseId(), chosen.caseReference(),
                new Settlement(i.level(), i.itemId(), i.standardNumber(), i.keyQuestionId(), i.answers().first(),
                        i.answers().second(), agreedName(c), c.reason(), c.who().actor().name(), null),
                c.who().actor());
        return Outcome.done(may, settlement);
    }

    private Ruling<Verdict> writeLive(CaseAssessment assessment, SettleCommand c) {
        CaseAnswers stored = live.answers(c.sampleCaseId());
        return switch (c.level()) {
            case PROMPT -> {
                CaseRecords.PromptAnswerRecord now = stored.prompts().get(c.itemId());
                yield applied(assessment.answerPrompt(c.itemId(), AnswerWords.prompt(c.agreedAnswer()),
                        now == null ? 0 : now.revision(), c.who().actor()), d -> live.savePrompt(d, OPEN).outcome());
            }
            case KEY_QUESTION -> {
                CaseRecords.KeyQuestionAnswerRecord now = stored.keyQuestions().get(c.itemId());
                yield applied(assessment.judgeKeyQuestion(c.itemId(), AnswerWords.keyQuestion(c.agreedAnswer()),
                        now == null ? 0 : now.revision(), c.who().actor()), d -> live.saveKeyQuestion(d, OPEN).outcome());
            }
            case CLASSIFICATION -> {
                CaseRecords.Judgement j = stored.judgement();
                RiskLevel level = AnswerWords.risk(c.itemId(), c.agreedAnswer());
                boolean risk = Readings.RISK.equals(c.itemId());
                yield applied(assessment.classify(risk ? level : j.riskOfSeriousHarm(),
                        j.riskOfSeriousHarmAgreesWithService(), risk ? j.safetyWellbeing() : level,
                        j.safetyWellbeingAgreesWithService(), j.revision(), c.who().actor()),
                        d -> live.saveJudgement(d, OPEN).outcome());
            }
        };
    }

    private static <C extends CaseChange> Ruling<Verdict> applied(Decision<C> decision,
            java.util.function.Function<C, CaseAssessments.Outcome> save) {
        if (decision instanceof Decision.Refused<C> refused) {
            return refused.ruling();
        }
        CaseAssessments.Outcome outcome = save.apply(((Decision.Accepted<C>) decision).change());
        return outcome.stored() ? Ruling.allow(SettledAnswerPolicy.RULE, "the live answer is the agreed answer")
                : Ruling.refuse(SettledAnswerPolicy.RULE, switch (outcome) {
                    case STALE -> "the live answer changed while this was being settled; nothing was saved: look"
                            + " at the case again and settle it once more";
                    default -> "the case is no longer in the sample (" + outcome + "); nothing was saved";
                });
    }

    private static String agreedName(SettleCommand c) {
        return switch (c.level()) {
            case PROMPT -> AnswerWords.prompt(c.agreedAnswer()).name();
            case KEY_QUESTION -> AnswerWords.keyQuestion(c.agreedAnswer()).name();
            case CLASSIFICATION -> AnswerWords.risk(c.itemId(), c.agreedAnswer()).name();
        };
    }
}
