package org.yjinspect.agreement.domain;

import java.util.Locale;

/**
 * The arithmetic shared by the figures: the 95% normal quantile, an estimate plus or minus 1.96
 * standard errors cut to the figure's possible range (said in words when cut), and how numbers
 * are written for inspectors.
 */
final class ConfidenceInterval {
    /** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private ConfidenceInterval() {
    }

    /**
     * The estimate plus or minus Z standard errors, cut to [-1, 1]; the explanation names the
     * method and says when the interval was cut or has no width.
     */
    static Estimate normal(double value, double variance, int n, String name, String method) {
        double se = Math.sqrt(Math.max(0, variance));
        double rawLower = value - Z * se;
        double rawUpper = value + Z * se;
        double lower = Math.max(-1, Math.min(value, rawLower));
        double upper = Math.min(1, Math.max(value, rawUpper));
        StringBuilder words = new StringBuilder(name + " " + coefficient(value) + " (95% confidence interval "
                + coefficient(lower) + " to " + coefficient(upper) + ", " + method + ", n = " + n + ").");
        if (rawLower < -1 || rawUpper > 1) {
            words.append(" The interval is cut to the possible range, -1 to 1.");
        }
        if (se == 0) {
            words.append(" The large-sample interval shrinks to a point here; that is a limit of the formula with")
                    .append(" answers like these, not certainty.");
        }
        return new Estimate(value, lower, upper, words.toString());
    }

    /** A coefficient with two decimals ("0.49", "-0.02"). */
    static String coefficient(double value) {
        // Rounded first so that -0.004 prints as 0.00, not -0.00.
        return String.format(Locale.ROOT, "%.2f", Math.round(value * 100) / 100.0 + 0.0);
    }

    /** A proportion as a whole percentage ("70%"). */
    static String percent(double proportion) {
        return String.format(Locale.ROOT, "%.0f%%", proportion * 100);
    }

    /** "1 answer", "20 answers". */
    static String answers(int n) {
        return n + (n == 1 ? " answer" : " answers");
    }
}
