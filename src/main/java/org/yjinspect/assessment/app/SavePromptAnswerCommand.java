package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.platform.problem.Problem;

/** Save one prompt's answer for one case: yes, no, not applicable, or blank to clear it. */
public record SavePromptAnswerCommand(CaseRef ref, String promptId, String answerText) {
    public SavePromptAnswerCommand {
        Problem.require(ref != null, "the case is required");
        Problem.require(promptId != null && !promptId.isBlank(), "the prompt id is required");
        promptId = promptId.strip();
        AnswerWords.prompt(answerText);
    }

    public PromptAnswer answer() {
        return AnswerWords.prompt(answerText);
    }
}
