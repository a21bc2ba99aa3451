package org.yjinspect.assessment.app;

import java.util.List;
import java.util.Map;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.framework.domain.CaseType;

/**
 * The judgements the rating engine needs, read from the stored answers of the cases now in the
 * sample: every key question judgement, by key question id, and the number of cases per type.
 */
public record SampleJudgements(Map<String, List<KeyQuestionAnswer>> byKeyQuestion, Map<CaseType, Integer> sampledCases) {
    public SampleJudgements {
        byKeyQuestion = Map.copyOf(byKeyQuestion);
        sampledCases = Map.copyOf(sampledCases);
    }

    public List<KeyQuestionAnswer> of(String keyQuestionId) {
        return byKeyQuestion.getOrDefault(keyQuestionId, List.of());
    }

    public int cases(CaseType type) {
        return sampledCases.getOrDefault(type, 0);
    }
}
