package org.yjinspect.comparison.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The five-figure summary of a key question's percentages across the library, by {@link QuartileMethod}. */
public record Quartiles(int n, int min, double lowerQuartile, double median, double upperQuartile, int max) {
    public Quartiles {
        if (n < 1 || !(min <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= max)) {
            throw new IllegalArgumentException("quartiles out of order: " + min + " " + lowerQuartile + " " + median
                    + " " + upperQuartile + " " + max + " (n=" + n + ")");
        }
    }

    /** The summary of the percentages, or empty when there are none. */
    public static Optional<Quartiles> of(List<Integer> percents) {
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sorted = new ArrayList<>(percents);
        Collections.sort(sorted);
        return Optional.of(new Quartiles(sorted.size(), sorted.get(0), QuartileMethod.quantile(sorted, 0.25),
                QuartileMethod.quantile(sorted, 0.5), QuartileMethod.quantile(sorted, 0.75), sorted.get(sorted.size() - 1)));
    }
}
