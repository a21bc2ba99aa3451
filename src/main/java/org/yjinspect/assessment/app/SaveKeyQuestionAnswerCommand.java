package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.platform.problem.Problem;

/** Save the inspector's judgement on one key question for one case: yes, no, not relevant, or blank. */
public record SaveKeyQuestionAnswerCommand(CaseRef ref, String keyQuestionId, String answerText) {
    public SaveKeyQuestionAnswerCommand {
        Problem.require(ref != null, "the case is required");
        Problem.require(keyQuestionId != null && !keyQuestionId.isBlank(), "the key question id is required");
        keyQuestionId = keyQuestionId.strip();
        AnswerWords.keyQuestion(answerText);
    }

    public KeyQuestionAnswer answer() {
        return AnswerWords.keyQuestion(answerText);
    }
}
