package org.yjinspect.secondreading.app;

import org.yjinspect.platform.problem.Problem;

/** The second reader submits their reading: complete, as the first reading must be to be submitted. */
public record SubmitSecondReadingCommand(long inspectionId, long sampleCaseId, int baseRevision, Who who) {
    public SubmitSecondReadingCommand {
        Problem.require(who != null, "who is submitting is required");
        Problem.require(baseRevision >= 0, "baseRevision must be 0 or more");
    }
}
