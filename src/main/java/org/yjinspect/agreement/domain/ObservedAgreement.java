package org.yjinspect.agreement.domain;

/**
 * Observed agreement: the share of answers on which the two readings gave the same answer. Its
 * 95% confidence interval is the Wilson score interval (Wilson 1927), which, unlike "p plus or
 * minus 1.96 standard errors", stays inside 0 to 1 and still has a width when every answer agreed
 * or none did, so it means something with few cases:
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²).
 */
public final class ObservedAgreement {
    private ObservedAgreement() {
    }

    public static Estimate of(AnswerTable table) {
        int n = table.total();
        if (n == 0) {
            return Estimate.notComputed(AgreementFigures.NOTHING_READ_TWICE);
        }
        int agreed = table.agreements();
        double p = (double) agreed / n;
        double z2 = ConfidenceInterval.Z * ConfidenceInterval.Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = ConfidenceInterval.Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // Rounding can put the ends a hair past the estimate or outside 0..1; they cannot be there.
        double lower = Math.max(0, Math.min(p, centre - half));
        double upper = Math.min(1, Math.max(p, centre + half));
        return new Estimate(p, lower, upper, "The readings agreed on " + agreed + " of " + ConfidenceInterval.answers(n)
                + ": " + ConfidenceInterval.percent(p) + " (95% confidence interval " + ConfidenceInterval.percent(lower)
                + " to " + ConfidenceInterval.percent(upper) + ", Wilson score interval).");
    }
}
