package org.yjinspect.access.app;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Take a sampled case's allocation away (it is then nobody's until allocated again). */
public record UnallocateCommand(long inspectionId, String caseReference, Actor actor) {
    public UnallocateCommand {
        TeamNames.inspection(inspectionId);
        caseReference = TeamNames.caseReference(caseReference);
        Problem.require(actor != null, "who is taking the allocation away is required");
    }
}
