package org.yjinspect.secondreading.app;

import org.yjinspect.assessment.app.AnswerWords;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.platform.problem.Problem;

/**
 * The second reader's own classifications of risk of serious harm and of safety and wellbeing (low,
 * medium, high, very_high; blank for not yet judged), and whether each agrees with the service's.
 */
public record SaveSecondClassificationCommand(long inspectionId, long sampleCaseId, String riskOfSeriousHarmText,
                                              Boolean riskOfSeriousHarmAgrees, String safetyWellbeingText,
                                              Boolean safetyWellbeingAgrees, int baseRevision, Who who) {
    public SaveSecondClassificationCommand {
        Problem.require(who != null, "who is classifying is required");
        Problem.require(baseRevision >= 0, "baseRevision must be 0 or more");
        AnswerWords.risk("riskOfSeriousHarm", riskOfSeriousHarmText);
        AnswerWords.risk("safetyWellbeing", safetyWellbeingText);
    }

    public Classification classification() {
        return new Classification(AnswerWords.risk("riskOfSeriousHarm", riskOfSeriousHarmText), riskOfSeriousHarmAgrees,
                AnswerWords.risk("safetyWellbeing", safetyWellbeingText), safetyWellbeingAgrees);
    }

    public RiskLevel riskOfSeriousHarm() {
        return classification().riskOfSeriousHarm();
    }
}
