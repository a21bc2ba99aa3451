package org.yjinspect.inspection.app;

import java.util.Objects;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.domain.FreeText;

/**
 * Delete an inspection that was never published (set up by mistake, or a trial run), saying
 * why. A published inspection is never deleted.
 */
public record DeleteInspectionCommand(long inspectionId, String reason, Actor actor) {
    public static final int LONGEST_REASON = 500;

    public DeleteInspectionCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        reason = FreeText.checked("the reason for deleting the inspection", reason, LONGEST_REASON, true);
        Objects.requireNonNull(actor, "actor");
    }
}
