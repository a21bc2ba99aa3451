package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping behind rounding up: the candidate strata (those with a remainder), the
 * margins each belongs to, and for each margin how many round-ups it may take so that it ends
 * within one case of its share. Strict bounds are the share rounded down and rounded up; loose
 * bounds also allow one case either side of a whole-number share, which is still within one
 * case and sometimes the only way to satisfy all four variables at once.
 */
final class MarginBounds {
    final List<LargestRemainderAllocation.Share> candidates = new ArrayList<>();
    final int[][] marginsOf;
    final int[] lower;
    final int[] upper;
    final int[] picks;

    MarginBounds(List<LargestRemainderAllocation.Share> sharesByPriority, int total, int n, boolean strict) {
        Map<Margin, Integer> index = new HashMap<>();
        Map<Margin, long[]> sums = new HashMap<>();
        for (LargestRemainderAllocation.Share share : sharesByPriority) {
            for (StratificationVariable v : StratificationVariable.values()) {
                Margin m = new Margin(v, v.valueOf(share.stratum()));
                index.putIfAbsent(m, index.size());
                long[] sum = sums.computeIfAbsent(m, k -> new long[2]);
                sum[0] += share.size();
                sum[1] += share.floor();
            }
            if (share.remainder() > 0) {
                candidates.add(share);
            }
        }
        lower = new int[index.size()];
        upper = new int[index.size()];
        picks = new int[index.size()];
        index.forEach((m, i) -> {
            long target = n * sums.get(m)[0];
            long down = target / total;
            long up = (target + total - 1) / total;
            lower[i] = (int) ((strict ? down : up - 1) - sums.get(m)[1]);
            upper[i] = (int) ((strict ? up : down + 1) - sums.get(m)[1]);
        });
        marginsOf = new int[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            Stratum s = candidates.get(c).stratum();
            marginsOf[c] = Arrays.stream(StratificationVariable.values())
                    .mapToInt(v -> index.get(new Margin(v, v.valueOf(s)))).toArray();
        }
    }

    int size() {
        return candidates.size();
    }

    boolean fitsUnderUpper(int c) {
        for (int m : marginsOf[c]) {
            if (picks[m] >= upper[m]) {
                return false;
            }
        }
        return true;
    }

    boolean in(int c, int margin) {
        for (int m : marginsOf[c]) {
            if (m == margin) {
                return true;
            }
        }
        return false;
    }

    void add(int c, int delta) {
        for (int m : marginsOf[c]) {
            picks[m] += delta;
        }
    }

    int penalty(int m) {
        return Math.max(0, lower[m] - picks[m]) + Math.max(0, picks[m] - upper[m]);
    }

    int violation() {
        int total = 0;
        for (int m = 0; m < picks.length; m++) {
            total += penalty(m);
        }
        return total;
    }

    void reset() {
        Arrays.fill(picks, 0);
    }
}
