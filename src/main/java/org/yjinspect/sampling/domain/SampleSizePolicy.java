package org.yjinspect.sampling.domain;

import java.util.Locale;
import java.util.Map;
import org.yjinspect.platform.problem.Problem;

/**
 * The court sample size: enough cases for the chosen confidence level and margin of error on a
 * yes/no finding (p = 0.5), with the finite population correction, rounded up, then held
 * between the minimum and maximum and never above the eligible population.
 * n0 = z²·p(1−p)/e², n = n0 / (1 + (n0 − 1)/N). The reports state 80% and a margin of 5 but no
 * formula: this one is inferred from their sample sizes (see docs/sampling.md).
 */
public record SampleSizePolicy(int confidencePercent, double marginPoints, int minimum, int maximum) {
    /** Two-sided z values; a small table keeps the working checkable by hand. */
    private static final Map<Integer, Double> Z = Map.of(80, 1.2816, 85, 1.4395, 90, 1.6449, 95, 1.96, 99, 2.5758);
    public static final int NO_MAXIMUM = Integer.MAX_VALUE;
    public static final SampleSizePolicy DEFAULT = new SampleSizePolicy(80, 5.0, 0, NO_MAXIMUM);

    public SampleSizePolicy {
        Problem.require(Z.containsKey(confidencePercent),
                "confidence must be one of 80, 85, 90, 95 or 99 per cent (got " + confidencePercent + ")");
        Problem.require(marginPoints > 0 && marginPoints <= 50,
                "the margin of error is in percentage points, above 0 and at most 50 (got " + marginPoints + ")");
        Problem.require(minimum >= 0, "the minimum sample size cannot be negative (got " + minimum + ")");
        Problem.require(maximum >= 1 && maximum >= minimum,
                "the maximum sample size must be at least 1 and at least the minimum (got " + maximum + ")");
    }

    public SampleSize sizeFor(int population) {
        if (population <= 0) {
            return new SampleSize(0, "no eligible cases, so none to sample");
        }
        double z = Z.get(confidencePercent);
        double e = marginPoints / 100.0;
        double n0 = z * z * 0.25 / (e * e);
        double corrected = n0 / (1 + (n0 - 1) / population);
        int n = (int) Math.ceil(corrected - 1e-9);
        StringBuilder working = new StringBuilder(String.format(Locale.ROOT,
                "N = %d eligible; z = %.4f (%d%% confidence), p = 0.5, e = %s; n0 = z²·p(1−p)/e² = %.2f;"
                        + " n = n0 / (1 + (n0 − 1)/N) = %.2f, rounded up to %d",
                population, z, confidencePercent, trim(e), n0, corrected, n));
        return new SampleSize(bounded(n, population, working), working.toString());
    }

    private int bounded(int n, int population, StringBuilder working) {
        int result = n;
        if (result < minimum) {
            result = minimum;
            working.append("; raised to the minimum of ").append(minimum);
        }
        if (result > maximum) {
            result = maximum;
            working.append("; capped at the maximum of ").append(maximum);
        }
        if (result > population) {
            result = population;
            working.append("; all ").append(population).append(" eligible cases");
        }
        return result;
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
