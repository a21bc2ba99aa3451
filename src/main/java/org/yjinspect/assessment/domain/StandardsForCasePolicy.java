package org.yjinspect.assessment.domain;

import java.util.List;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;

/**
 * Which standards an inspector assesses for a sampled case: the case-based standards of its
 * case type in the inspection's framework (court: 2.1-2.4; out-of-court: 3.1-3.3, plus 3.4
 * Joint working in 2018). Resettlement cases illustrate the qualitative 4.1 and are not rated.
 */
public final class StandardsForCasePolicy {
    public static final String RULE = "Standards assessed for a case";

    private StandardsForCasePolicy() {
    }

    public static List<Standard> standards(Framework framework, CaseType caseType) {
        return framework.standards().stream()
                .filter(s -> s.caseBased() && s.caseType() == caseType)
                .toList();
    }
}
