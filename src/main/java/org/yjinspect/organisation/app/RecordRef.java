package org.yjinspect.organisation.app;

import org.yjinspect.records.domain.Actor;
import org.yjinspect.platform.problem.Problem;

/** Which inspection a write is for, the revision of the record it is based on, and who is making it. */
public record RecordRef(long inspectionId, int baseRevision, Actor actor) {
    public RecordRef {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(baseRevision >= 0, "the base revision must not be negative (got " + baseRevision + ")");
        Problem.require(actor != null, "who is making this change is required");
    }
}
