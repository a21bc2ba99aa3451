package org.yjinspect.assessment.app;

import org.yjinspect.records.domain.Actor;
import org.yjinspect.platform.problem.Problem;

/** Which case a write is for, the revision it is based on, and who is making it. */
public record CaseRef(long inspectionId, long sampleCaseId, int baseRevision, Actor actor) {
    public CaseRef {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(sampleCaseId > 0, "a sampled case id is a positive number (got " + sampleCaseId + ")");
        Problem.require(baseRevision >= 0, "the base revision must not be negative (got " + baseRevision + ")");
        Problem.require(actor != null, "who is making this change is required");
    }
}
