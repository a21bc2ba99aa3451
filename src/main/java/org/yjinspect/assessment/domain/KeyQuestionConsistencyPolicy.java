package org.yjinspect.assessment.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * A key question is the inspector's own judgement, but a 'Yes' with most of its prompts 'No'
 * (or a 'No' with every prompt 'Yes') is worth a second look before the case is submitted.
 * This rule only warns; it never changes or refuses an answer.
 */
public final class KeyQuestionConsistencyPolicy {
    public static final String RULE = "Key question sits oddly with its prompts";

    private KeyQuestionConsistencyPolicy() {
    }

    public static Optional<String> warning(KeyQuestionAnswer keyQuestion, Collection<PromptAnswer> prompts) {
        long yes = prompts.stream().filter(p -> p == PromptAnswer.YES).count();
        long no = prompts.stream().filter(p -> p == PromptAnswer.NO).count();
        if (keyQuestion == KeyQuestionAnswer.YES && no > yes) {
            return Optional.of("judged Yes, but " + no + " of its " + (yes + no) + " answered prompts are No");
        }
        if (keyQuestion == KeyQuestionAnswer.NO && no == 0 && yes > 0) {
            return Optional.of("judged No, but all " + yes + " answered prompts are Yes");
        }
        if (keyQuestion == KeyQuestionAnswer.NOT_RELEVANT && yes + no > 0) {
            return Optional.of("judged not relevant, but " + (yes + no) + " of its prompts are answered");
        }
        return Optional.empty();
    }
}
