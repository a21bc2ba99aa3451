package org.yjinspect.caseload.domain;

/**
 * The four-point scale the service uses for both its risk of serious harm classification and
 * its safety and wellbeing classification.
 */
public enum RiskLevel implements Vocabulary.Term {
    LOW("low", "Low", "l"),
    MEDIUM("medium", "Medium", "med", "m"),
    HIGH("high", "High", "h"),
    VERY_HIGH("very_high", "Very high", "vh");

    private final String code;
    private final String label;
    private final String[] spellings;

    RiskLevel(String code, String label, String... spellings) {
        this.code = code;
        this.label = label;
        this.spellings = spellings;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] spellings() {
        return spellings.clone();
    }
}
