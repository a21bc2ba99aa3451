package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;

/** Move a case assessment on: submit it, accept it, return it for rework (with a reason), reopen it. */
public record MoveCaseStatusCommand(CaseRef ref, String statusText, String reason) {
    public static final int LONGEST_REASON = 1000;

    public MoveCaseStatusCommand {
        Problem.require(ref != null, "the case is required");
        AnswerWords.status(statusText);
        reason = FreeText.checked("the reason", reason, LONGEST_REASON, false);
        reason = reason.isEmpty() ? null : reason;
        Problem.require(AnswerWords.status(statusText) != AssessmentStatus.RETURNED_FOR_REWORK || reason != null,
                "returning a case assessment for rework needs a reason");
    }

    public AssessmentStatus to() {
        return AnswerWords.status(statusText);
    }
}
