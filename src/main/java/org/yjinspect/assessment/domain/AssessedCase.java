package org.yjinspect.assessment.domain;

import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;

/**
 * A case of the sample, as assessment sees it: its stable id in the sample, its pseudonymous
 * reference, and the facts the service recorded. {@code selected} is false once it was replaced.
 */
public record AssessedCase(long sampleCaseId, long inspectionId, String reference, CaseType caseType,
                           DisposalType disposalType, RiskLevel serviceRiskOfSeriousHarm,
                           RiskLevel serviceSafetyWellbeing, boolean selected) {
    public boolean youthConditionalCaution() {
        return disposalType == DisposalType.YOUTH_CONDITIONAL_CAUTION;
    }
}
