package org.yjinspect.secondreading.app;

import org.yjinspect.platform.problem.Problem;

/** The lead allocates a second reader (a username on the team) to a chosen case; replaces one not yet started. */
public record AllocateSecondReaderCommand(long inspectionId, String caseReference, String secondReader, Who who) {
    public AllocateSecondReaderCommand {
        Problem.require(who != null, "who is allocating is required");
        Problem.require(caseReference != null && !caseReference.isBlank(), "caseReference is required");
        Problem.require(secondReader != null && !secondReader.isBlank(),
                "secondReader is required: the username of the team member to read the case a second time");
        caseReference = caseReference.strip();
        secondReader = secondReader.strip();
    }
}
