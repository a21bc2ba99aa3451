package org.yjinspect.assessment.domain;

import java.util.Map;
import org.yjinspect.caseload.domain.RiskLevel;

/** One key question's judgement and prompt answers for a case, with the inspector's risk of serious harm. */
public record KeyQuestionState(KeyQuestionAnswer answer, Map<String, PromptAnswer> prompts,
                               RiskLevel inspectorsRiskOfSeriousHarm) {
    public KeyQuestionState {
        prompts = Map.copyOf(prompts);
    }
}
