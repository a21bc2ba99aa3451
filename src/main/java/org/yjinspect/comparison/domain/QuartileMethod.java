package org.yjinspect.comparison.domain;

import java.util.List;

/**
 * The one quartile method of the comparisons: linear interpolation between order statistics,
 * Hyndman and Fan's type 7 (R's default {@code quantile()}, Excel's QUARTILE.INC and
 * PERCENTILE.INC), so that an analyst can check any figure in a spreadsheet. For the p-th
 * quantile of n sorted values x1..xn: h = (n - 1) p + 1, and the quantile is
 * x⌊h⌋ + (h - ⌊h⌋)(x⌊h⌋+1 - x⌊h⌋). So the median of 40, 50, 60, 70 is 55 and its lower quartile
 * 47.5; with one value every quartile is that value.
 */
public final class QuartileMethod {
    public static final String NAME = "linear interpolation between order statistics (Hyndman and Fan type 7,"
            + " as Excel's QUARTILE.INC and R's default)";

    private QuartileMethod() {
    }

    /** The p-th quantile (0 to 1) of values sorted from lowest to highest; there must be at least one. */
    public static double quantile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values to take a quantile of");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a quantile is between 0 and 1, was " + p);
        }
        double h = (sorted.size() - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.size()) {
            return sorted.get(below);
        }
        return sorted.get(below) + (h - below) * (sorted.get(below + 1) - sorted.get(below));
    }
}
