package org.yjinspect.access.app;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Allocate a sampled case (by its reference) to someone who assesses cases in the inspection. */
public record AllocateCommand(long inspectionId, String caseReference, String username, Actor actor) {
    public AllocateCommand {
        TeamNames.inspection(inspectionId);
        caseReference = TeamNames.caseReference(caseReference);
        username = TeamNames.username(username);
        Problem.require(actor != null, "who is allocating the case is required");
    }
}
