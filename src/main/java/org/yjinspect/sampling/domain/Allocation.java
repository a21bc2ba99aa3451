package org.yjinspect.sampling.domain;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many cases each stratum contributes to a sample of n, beside the stratum's size in the
 * eligible population.
 */
public record Allocation(SortedMap<Stratum, Integer> population, SortedMap<Stratum, Integer> allocated,
                         int n, String working) {
    public Allocation {
        population = Collections.unmodifiableSortedMap(new TreeMap<>(population));
        allocated = Collections.unmodifiableSortedMap(new TreeMap<>(allocated));
    }

    public int populationSize() {
        return population.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int allocated(Stratum stratum) {
        return allocated.getOrDefault(stratum, 0);
    }

    /** The stratum's proportional share of the sample, n × N_stratum / N. */
    public double quota(Stratum stratum) {
        int size = populationSize();
        return size == 0 ? 0 : (double) n * population.getOrDefault(stratum, 0) / size;
    }

    public MarginCheck margins() {
        return MarginCheck.of(population, allocated);
    }
}
