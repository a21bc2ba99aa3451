package org.yjinspect.secondreading.app;

import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * The lead settles one difference between the two readings of a case: the agreed answer (a prompt
 * answer, a key question answer, or a classification level) and why, which is required.
 */
public record SettleCommand(long inspectionId, long sampleCaseId, SecondReadItem.Level level, String itemId,
                            String agreedAnswer, String reason, Who who) {
    public static final int LONGEST_REASON = 1000;

    public SettleCommand {
        Problem.require(who != null, "who is settling is required");
        Problem.require(level != null, "level is required: prompt, key_question or classification");
        Problem.require(itemId != null && !itemId.isBlank(), "itemId is required: the prompt, key question or"
                + " classification (risk_of_serious_harm, safety_wellbeing) settled");
        Problem.require(agreedAnswer != null && !agreedAnswer.isBlank(), "agreedAnswer is required");
        Problem.require(reason != null && !reason.isBlank(), "reason is required: say why this is the agreed answer");
        itemId = itemId.strip();
        agreedAnswer = agreedAnswer.strip();
        reason = TextRule.FREE_TEXT.checked("reason", reason, LONGEST_REASON, true);
    }
}
