package org.yjinspect.sampling.app;

import java.util.Objects;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.domain.FreeText;

/**
 * Discard an inspection's sample before anyone has worked on it, saying why (for example "the
 * caseload export had the wrong dates"), so the caseload can be corrected and a sample drawn again.
 */
public record DiscardSampleCommand(long inspectionId, String reason, Actor actor) {
    public static final int LONGEST_REASON = 500;

    public DiscardSampleCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        reason = FreeText.checked("the reason for discarding the sample", reason, LONGEST_REASON, true);
        Objects.requireNonNull(actor, "actor");
    }
}
