package org.yjinspect.secondreading.app;

import org.yjinspect.assessment.app.AnswerWords;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.platform.problem.Problem;

/**
 * The second reader answers one prompt (yes, no, not_applicable) or judges one key question (yes,
 * no, not_relevant) of their reading; blank clears it. {@code baseRevision} is the second reading's
 * revision the change is based on (one revision per case's second reading: it has one reader).
 */
public record SaveSecondAnswerCommand(long inspectionId, long sampleCaseId, Item item, String itemId,
                                      String answerText, int baseRevision, Who who) {
    /** What is answered. */
    public enum Item { PROMPT, KEY_QUESTION }

    public SaveSecondAnswerCommand {
        Problem.require(who != null, "who is answering is required");
        Problem.require(item != null, "say whether a prompt or a key question is answered");
        Problem.require(itemId != null && !itemId.isBlank(), "the prompt or key question id is required");
        Problem.require(baseRevision >= 0, "baseRevision must be 0 or more");
        itemId = itemId.strip();
        if (item == Item.PROMPT) {
            AnswerWords.prompt(answerText);
        } else {
            AnswerWords.keyQuestion(answerText);
        }
    }

    public PromptAnswer promptAnswer() {
        return AnswerWords.prompt(answerText);
    }

    public KeyQuestionAnswer keyQuestionAnswer() {
        return AnswerWords.keyQuestion(answerText);
    }
}
