package org.yjinspect.sampling.app;

import java.util.Objects;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Replace one sampled case, giving the reason (for example "case file unavailable"); {@code actor} replaces it. */
public record ReplaceSampledCaseCommand(long inspectionId, String caseReference, String reason, Actor actor) {
    public static final int LONGEST_REASON = 500;

    public ReplaceSampledCaseCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(caseReference != null && !caseReference.isBlank(), "the case reference to replace is required");
        caseReference = caseReference.strip();
        Problem.require(reason != null && !reason.isBlank(), "a reason for the replacement is required");
        reason = TextRule.FREE_TEXT.checked("the reason", reason, LONGEST_REASON, true);
        Objects.requireNonNull(actor, "actor");
    }
}
