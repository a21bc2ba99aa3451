package org.yjinspect.overview.domain;

/** The steps of an inspection's life, in order, in the words the list of inspections shows. */
public enum InspectionStage {
    SET_UP("Set up"),
    CASELOAD_IMPORTED("Caseload imported"),
    SAMPLE_DRAWN("Sample drawn"),
    FIELDWORK("Fieldwork"),
    PUBLISHED("Published");

    private final String label;

    InspectionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
