package org.yjinspect.overview.domain;

import org.yjinspect.rules.Ruling;

/**
 * Where an inspection stands: published once the panel's ratings are published; in fieldwork
 * once any sampled case's assessment has begun; sample drawn once cases are in the sample;
 * caseload imported once a caseload was imported; else just set up. Derived every time from the
 * records, never stored, so it cannot disagree with them.
 */
public final class InspectionStagePolicy {
    public static final String RULE = "Where an inspection stands";

    private InspectionStagePolicy() {
    }

    /**
     * What the stage is read from.
     *
     * @param published     the ratings were published
     * @param caseloadImports how many caseload imports there have been
     * @param sampledCases  cases now in the sample
     * @param casesBegun    sampled cases with at least one answer or a status past "not started"
     */
    public record Facts(boolean published, int caseloadImports, int sampledCases, int casesBegun) {
    }

    public static Ruling<InspectionStage> decide(Facts facts) {
        if (facts.published()) {
            return ruling(InspectionStage.PUBLISHED, "the ratings were published, which locks the inspection");
        }
        if (facts.sampledCases() > 0 && facts.casesBegun() > 0) {
            return ruling(InspectionStage.FIELDWORK, facts.casesBegun() + " of " + facts.sampledCases()
                    + " sampled cases have their assessment begun");
        }
        if (facts.sampledCases() > 0) {
            return ruling(InspectionStage.SAMPLE_DRAWN, facts.sampledCases()
                    + " cases are in the sample; no assessment has begun");
        }
        if (facts.caseloadImports() > 0) {
            return ruling(InspectionStage.CASELOAD_IMPORTED, "a caseload was imported; no sample is drawn");
        }
        return ruling(InspectionStage.SET_UP, "no caseload has been imported yet");
    }

    private static Ruling<InspectionStage> ruling(InspectionStage stage, String reason) {
        return new Ruling<>(stage, RULE, reason);
    }
}
