package org.yjinspect.assessment.app;

import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.platform.problem.Problem;

/**
 * Save the inspector's own classifications of risk of serious harm and of safety and wellbeing
 * for a case (low, medium, high, very_high; blank for not yet judged), and whether each agrees
 * with the service's classification.
 */
public record SaveJudgementCommand(CaseRef ref, String riskOfSeriousHarmText, Boolean riskOfSeriousHarmAgrees,
                                   String safetyWellbeingText, Boolean safetyWellbeingAgrees) {
    public SaveJudgementCommand {
        Problem.require(ref != null, "the case is required");
        AnswerWords.risk("riskOfSeriousHarm", riskOfSeriousHarmText);
        AnswerWords.risk("safetyWellbeing", safetyWellbeingText);
    }

    public RiskLevel riskOfSeriousHarm() {
        return AnswerWords.risk("riskOfSeriousHarm", riskOfSeriousHarmText);
    }

    public RiskLevel safetyWellbeing() {
        return AnswerWords.risk("safetyWellbeing", safetyWellbeingText);
    }
}
