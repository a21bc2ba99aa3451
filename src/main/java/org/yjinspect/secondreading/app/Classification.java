package org.yjinspect.secondreading.app;

import org.yjinspect.caseload.domain.RiskLevel;

/** A reader's own classifications of the case and whether each agrees with the service's (null: not judged). */
public record Classification(RiskLevel riskOfSeriousHarm, Boolean riskOfSeriousHarmAgrees, RiskLevel safetyWellbeing,
                             Boolean safetyWellbeingAgrees) {
    public static final Classification NONE = new Classification(null, null, null, null);
}
