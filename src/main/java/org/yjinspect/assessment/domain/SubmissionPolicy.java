package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Verdict;
import org.yjinspect.rules.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/**
 * A case assessment is submitted only when complete: every prompt and every key question of
 * every standard assessed for the case has an answer ("not applicable" and "not relevant" are
 * answers). The refusal names what is missing.
 */
public final class SubmissionPolicy {
    public static final String RULE = "A submitted case assessment is complete";
    private static final int SHOWN = 8;

    private SubmissionPolicy() {
    }

    public static Ruling<Verdict> check(List<Standard> standards, Map<String, PromptAnswer> prompts,
                              Map<String, KeyQuestionAnswer> keyQuestions) {
        List<String> missing = new ArrayList<>();
        for (Standard standard : standards) {
            for (KeyQuestion keyQuestion : standard.keyQuestions()) {
                if (keyQuestions.get(keyQuestion.id()) == null) {
                    missing.add("key question " + keyQuestion.id());
                }
                for (Prompt prompt : keyQuestion.prompts()) {
                    if (prompts.get(prompt.id()) == null) {
                        missing.add("prompt " + prompt.id());
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return Ruling.allow(RULE, "every prompt and key question is answered");
        }
        String shown = String.join(", ", missing.subList(0, Math.min(SHOWN, missing.size())));
        return Ruling.refuse(RULE, missing.size() + " answers are missing, so the case cannot be submitted yet: " + shown
                + (missing.size() > SHOWN ? " and " + (missing.size() - SHOWN) + " more" : ""));
    }
}
