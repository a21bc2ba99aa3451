package org.yjinspect.secondreading.app;

import org.yjinspect.platform.problem.Problem;

/** The lead takes a case out of the second reading, while its second reading has not started. */
public record WithdrawCaseCommand(long inspectionId, String caseReference, Who who) {
    public WithdrawCaseCommand {
        Problem.require(who != null, "who is withdrawing the case is required");
        Problem.require(caseReference != null && !caseReference.isBlank(), "caseReference is required");
        caseReference = caseReference.strip();
    }
}
