package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Verdict;
import org.yjinspect.rules.Ruling;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;

/**
 * Which answers the catalogue allows: "not applicable" only for prompts that allow it, and
 * "not relevant to this case" only for key questions answered on a sub-sample (cases with
 * safety and wellbeing factors, risk of serious harm not low, changes in factors, youth
 * conditional cautions), never for a key question every case answers.
 */
public final class AnswerPolicy {
    public static final String RULE = "Answers the catalogue allows";

    private AnswerPolicy() {
    }

    public static Ruling<Verdict> check(Prompt prompt, PromptAnswer answer) {
        if (answer == PromptAnswer.NOT_APPLICABLE && !prompt.notApplicableAllowed()) {
            return Ruling.refuse(RULE, "prompt " + prompt.id() + " applies to every case; answer Yes or No");
        }
        return Ruling.allow(RULE, "prompt " + prompt.id() + " answered " + answer);
    }

    public static Ruling<Verdict> check(KeyQuestion keyQuestion, KeyQuestionAnswer answer) {
        if (answer == KeyQuestionAnswer.NOT_RELEVANT && keyQuestion.appliesTo() == Applicability.ALL_CASES) {
            return Ruling.refuse(RULE, "key question " + keyQuestion.id() + " is answered for every case; answer Yes or No");
        }
        return Ruling.allow(RULE, "key question " + keyQuestion.id() + " answered " + answer
                + (answer == KeyQuestionAnswer.NOT_RELEVANT ? " (it applies to " + keyQuestion.appliesTo().description() + ")" : ""));
    }
}
