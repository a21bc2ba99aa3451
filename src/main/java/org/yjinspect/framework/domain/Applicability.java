package org.yjinspect.framework.domain;

/**
 * Which sampled cases a key question is answered for. Cases outside it are "not relevant"
 * and leave the key question's denominator, as in the published "Relevant cases" columns.
 */
public enum Applicability {
    ALL_CASES("all cases"),
    SAFETY_AND_WELLBEING_FACTORS("cases with factors related to keeping the child safe"),
    RISK_OF_SERIOUS_HARM_NOT_LOW("cases where the inspector judged risk of serious harm not low"),
    CHANGES_IN_RELEVANT_FACTORS("cases with changes in the relevant factors"),
    YOUTH_CONDITIONAL_CAUTIONS("youth conditional caution cases only");

    private final String description;

    Applicability(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
