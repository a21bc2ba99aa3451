package org.yjinspect.finding.app;

import org.yjinspect.finding.domain.FindingWording;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Change a finding's words, from the revision it was read at; it keeps its domain, kind and place. */
public record ChangeFindingCommand(long inspectionId, long findingId, int baseRevision, String text, Actor actor) {
    public ChangeFindingCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(findingId > 0, "a finding id is a positive number (got " + findingId + ")");
        Problem.require(baseRevision >= 1, "a finding is changed from its revision (1 or more), got " + baseRevision);
        Problem.require(actor != null, "who is making this change is required");
        text = FindingWording.text(text);
    }
}
