package org.yjinspect.inspection.domain;

import java.util.Objects;
import org.yjinspect.framework.domain.CaseType;

/**
 * One eligibility window per case type, set per inspection. The defaults (6-9 months court,
 * 3-5 out-of-court, 4-12 resettlement) are the windows the 2021 reports state; earlier
 * inspections used wider ones, so each inspection may set its own.
 */
public record EligibilityWindows(EligibilityWindow court, EligibilityWindow outOfCourt,
                                 EligibilityWindow resettlement) {
    public static final EligibilityWindows DEFAULTS = new EligibilityWindows(
            new EligibilityWindow(6, 9), new EligibilityWindow(3, 5), new EligibilityWindow(4, 12));

    public EligibilityWindows {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(outOfCourt, "outOfCourt");
        Objects.requireNonNull(resettlement, "resettlement");
    }

    public EligibilityWindow forType(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> court;
            case OUT_OF_COURT_DISPOSAL -> outOfCourt;
            case RESETTLEMENT -> resettlement;
        };
    }
}
