package org.yjinspect.agreement.domain;

import java.util.Objects;

/**
 * One agreement figure as an inspector reads it: the estimate, its 95% confidence interval and,
 * always, the words that say what it is or why it could not be worked out. A figure that cannot
 * be computed has no value (null) rather than NaN, and its explanation says why; an estimate
 * without an interval (one answer only) has null bounds.
 *
 * @param value       the estimate (a proportion for observed agreement, a coefficient for kappa and AC1), or null
 * @param lower       lower end of the 95% confidence interval, or null
 * @param upper       upper end of the 95% confidence interval, or null
 * @param explanation one or two sentences: the figure with its interval and method, or why there is none
 */
public record Estimate(Double value, Double lower, Double upper, String explanation) {
    public Estimate {
        Objects.requireNonNull(explanation, "explanation");
        if (value == null && (lower != null || upper != null)) {
            throw new IllegalArgumentException("An interval needs an estimate");
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("An interval needs both ends");
        }
        if (lower != null && !(lower <= value && value <= upper)) {
            throw new IllegalArgumentException("Interval " + lower + " to " + upper + " does not hold " + value);
        }
    }

    /** A figure that cannot be worked out from these answers, with the reason in words. */
    public static Estimate notComputed(String why) {
        return new Estimate(null, null, null, why);
    }

    public boolean computed() {
        return value != null;
    }

    public boolean hasInterval() {
        return lower != null;
    }
}
