package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yjinspect.caseload.domain.CaseRecord;

/**
 * Picks n cases from an eligible population: allocates n across the strata, then draws each
 * stratum's cases at random. Cases are put in reference order before drawing, so the same seed
 * gives the same sample whatever order the caseload arrived in.
 */
public final class StratifiedSelection {
    private final LargestRemainderAllocation allocation = new LargestRemainderAllocation();

    /** The allocation and the chosen cases. */
    public record Selection(Allocation allocation, List<CaseRecord> chosen) {
        public Selection {
            chosen = List.copyOf(chosen);
        }
    }

    public Selection select(List<CaseRecord> eligible, int n, SplittableRandom random) {
        SortedMap<Stratum, List<CaseRecord>> strata = byStratum(eligible);
        Allocation allocated = allocation.allocate(sizes(strata), n);
        List<CaseRecord> chosen = new ArrayList<>();
        strata.forEach((stratum, cases) -> chosen.addAll(draw(cases, allocated.allocated(stratum), random)));
        return new Selection(allocated, chosen);
    }

    public static SortedMap<Stratum, List<CaseRecord>> byStratum(List<CaseRecord> cases) {
        return cases.stream().sorted(Comparator.comparing(CaseRecord::reference))
                .collect(Collectors.groupingBy(Stratum::of, TreeMap::new, Collectors.toList()));
    }

    public static SortedMap<Stratum, Integer> sizes(Map<Stratum, List<CaseRecord>> strata) {
        SortedMap<Stratum, Integer> sizes = new TreeMap<>();
        strata.forEach((stratum, cases) -> sizes.put(stratum, cases.size()));
        return sizes;
    }

    /** The first k of a partial Fisher-Yates shuffle: each k-subset equally likely. */
    private static List<CaseRecord> draw(List<CaseRecord> cases, int k, SplittableRandom random) {
        List<CaseRecord> pool = new ArrayList<>(cases);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.size() - i);
            CaseRecord picked = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, picked);
        }
        return pool.subList(0, k);
    }
}
