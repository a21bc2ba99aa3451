package org.yjinspect.secondreading.app;

import java.util.Map;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * One reading's answers as submitted: by prompt id and key question id, with the classifications.
 * The first reading is kept as it stood when both readings were submitted, so settling a difference
 * (which changes the live answer) never changes or loses it.
 */
public record Reading(String reader, ReadingState state, Map<String, PromptAnswer> prompts,
                      Map<String, KeyQuestionAnswer> keyQuestions, Classification classification) {
    public Reading {
        prompts = Map.copyOf(prompts);
        keyQuestions = Map.copyOf(keyQuestions);
    }
}
