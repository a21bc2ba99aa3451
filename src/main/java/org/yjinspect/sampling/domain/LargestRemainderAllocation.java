package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yjinspect.platform.problem.Problem;

/**
 * Proportional allocation by largest remainder. Every stratum first gets its share n × N_s / N
 * rounded down; the cases left over go one each to the strata with the largest remainders, so
 * every stratum ends within one case of its share. Among equal remainders the larger stratum
 * wins, then the stratum order, so the allocation does not depend on chance. The leftover
 * cases are placed so that every margin (each value of each of the four variables) also stays
 * within one case of its share where that is possible; {@link RoundUpChoice} does that part.
 * Arithmetic is exact: shares are kept as integer numerators over N.
 */
public final class LargestRemainderAllocation {

    public Allocation allocate(Map<Stratum, Integer> population, int n) {
        SortedMap<Stratum, Integer> sizes = new TreeMap<>(population);
        sizes.values().removeIf(size -> size == 0);
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        Problem.require(n >= 0 && n <= total, "cannot sample " + n + " cases from " + total + " eligible");
        List<Share> shares = new ArrayList<>();
        sizes.forEach((stratum, size) -> shares.add(new Share(stratum, size, (long) n * size / total,
                (long) n * size % total)));
        int leftOver = n - shares.stream().mapToInt(s -> (int) s.floor()).sum();
        shares.sort(Comparator.comparingLong(Share::remainder).reversed()
                .thenComparing(Comparator.comparingInt(Share::size).reversed())
                .thenComparing(Share::stratum));
        List<Share> roundedUp = new RoundUpChoice(shares, total, n).choose(leftOver);
        SortedMap<Stratum, Integer> allocated = new TreeMap<>();
        for (Share share : shares) {
            allocated.put(share.stratum(), (int) share.floor() + (roundedUp.contains(share) ? 1 : 0));
        }
        return new Allocation(sizes, allocated, n, working(n, total, sizes.size(), leftOver));
    }

    private static String working(int n, int total, int strata, int leftOver) {
        return "n = " + n + " of N = " + total + " eligible in " + strata + " strata (gender × disposal type"
                + " × risk of serious harm × safety and wellbeing); each stratum gets n × its size / N rounded"
                + " down (" + (n - leftOver) + " cases), and the " + leftOver + " left over go to the strata"
                + " with the largest remainders, keeping every margin within one case of its share";
    }

    /** A stratum's proportional share n × size / N as floor + remainder / N. */
    record Share(Stratum stratum, int size, long floor, long remainder) {
    }
}
