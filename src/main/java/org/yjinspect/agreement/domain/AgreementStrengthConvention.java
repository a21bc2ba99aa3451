package org.yjinspect.agreement.domain;

import org.yjinspect.rules.Ruling;

/**
 * Words for the size of a kappa or AC1 by the bands of Landis and Koch (1977): below 0 poor,
 * 0 to 0.20 slight, 0.21 to 0.40 fair, 0.41 to 0.60 moderate, 0.61 to 0.80 substantial, 0.81 to 1
 * almost perfect. This is a convention, not a finding: Landis and Koch called their bands
 * arbitrary, offered for guidance. Gwet's Handbook applies the same bands to AC1. The band is
 * chosen on the coefficient as shown, to two decimals, so the words match the number printed.
 */
public final class AgreementStrengthConvention {
    public static final String RULE = "Landis and Koch (1977) bands (a convention, not a test)";

    private AgreementStrengthConvention() {
    }

    /** @param figure "kappa" or "AC1", as it will be printed */
    public static Ruling<String> of(String figure, Estimate estimate) {
        if (!estimate.computed()) {
            return new Ruling<>(null, RULE, "No " + figure + " to describe.");
        }
        double shown = Math.round(estimate.value() * 100) / 100.0;
        String band = band(shown);
        String sentence = Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
        return new Ruling<>(band, RULE, sentence + " " + ConfidenceInterval.coefficient(estimate.value()) + " is \""
                + band + "\" on the Landis and Koch (1977) scale, a convention for describing the size, not a test.");
    }

    static String band(double shown) {
        if (shown < 0) {
            return "poor";
        }
        if (shown <= 0.20) {
            return "slight";
        }
        if (shown <= 0.40) {
            return "fair";
        }
        if (shown <= 0.60) {
            return "moderate";
        }
        return shown <= 0.80 ? "substantial" : "almost perfect";
    }
}
