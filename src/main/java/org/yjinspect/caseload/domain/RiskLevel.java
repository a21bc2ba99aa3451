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

    private final Vocabulary.Spelling spelling;

    RiskLevel(String code, String label, String... spellings) {
        this.spelling = new Vocabulary.Spelling(code, label, spellings);
    }

    @Override
    public Vocabulary.Spelling spelling() {
        return spelling;
    }
}
