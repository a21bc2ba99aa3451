package org.yjinspect.assessment.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.KeyQuestionConsistencyPolicy;
import org.yjinspect.assessment.domain.KeyQuestionRelevancePolicy;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;

/** The warnings the form shows beside a key question; they never refuse or change an answer. */
final class Warnings {
    private Warnings() {
    }

    static List<String> of(KeyQuestion keyQuestion, KeyQuestionAnswer answer, Map<String, PromptAnswer> prompts,
                           RiskLevel inspectorsRisk) {
        List<String> warnings = new ArrayList<>();
        if (answer != null) {
            List<PromptAnswer> own = keyQuestion.prompts().stream().map(Prompt::id).map(prompts::get)
                    .filter(java.util.Objects::nonNull).toList();
            KeyQuestionConsistencyPolicy.warning(answer, own).ifPresent(w -> warnings.add(keyQuestion.id() + ": " + w));
        }
        KeyQuestionRelevancePolicy.warning(keyQuestion, answer, Optional.ofNullable(inspectorsRisk))
                .ifPresent(w -> warnings.add(keyQuestion.id() + ": " + w));
        return warnings;
    }
}
