package org.yjinspect.assessment.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;

/** Everything stored for one case assessment, each record keyed by its prompt or key question id. */
public record CaseAnswers(CaseRecords.CaseStatus status, CaseRecords.Judgement judgement,
                          Map<String, CaseRecords.PromptAnswerRecord> prompts,
                          Map<String, CaseRecords.KeyQuestionAnswerRecord> keyQuestions,
                          Map<String, CaseRecords.Evidence> evidence) {
    public CaseAnswers {
        prompts = Map.copyOf(prompts);
        keyQuestions = Map.copyOf(keyQuestions);
        evidence = Map.copyOf(evidence);
    }

    /** The prompt answers given (cleared ones left out). */
    public Map<String, PromptAnswer> promptAnswers() {
        Map<String, PromptAnswer> answers = new LinkedHashMap<>();
        prompts.forEach((id, r) -> {
            if (r.answer() != null) {
                answers.put(id, r.answer());
            }
        });
        return answers;
    }

    /** The key question judgements given (cleared ones left out). */
    public Map<String, KeyQuestionAnswer> keyQuestionAnswers() {
        Map<String, KeyQuestionAnswer> answers = new LinkedHashMap<>();
        keyQuestions.forEach((id, r) -> {
            if (r.answer() != null) {
                answers.put(id, r.answer());
            }
        });
        return answers;
    }
}
