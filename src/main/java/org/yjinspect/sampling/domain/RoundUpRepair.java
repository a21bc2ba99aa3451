package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Repairs a choice of round-ups by swaps, in the manner of min-conflicts local search: take a
 * margin that is out of bounds, and swap one chosen stratum for an unchosen one so that margin
 * moves towards its bounds, choosing the swap that leaves the least total violation (ties and
 * one step in ten at random, so it can leave a plateau). The random stream has a fixed seed:
 * the same population and n always give the same allocation.
 */
final class RoundUpRepair {
    private static final int STEPS = 5_000;
    private final MarginBounds bounds;
    private final boolean[] chosen;
    private final SplittableRandom random = new SplittableRandom(0x5A3D1E);

    RoundUpRepair(MarginBounds bounds, boolean[] chosen) {
        this.bounds = bounds;
        this.chosen = chosen;
    }

    void run() {
        for (int step = 0; step < STEPS; step++) {
            List<Integer> violated = new ArrayList<>();
            for (int m = 0; m < bounds.picks.length; m++) {
                if (bounds.penalty(m) > 0) {
                    violated.add(m);
                }
            }
            if (violated.isEmpty()) {
                return;
            }
            int m = violated.get(random.nextInt(violated.size()));
            boolean shortOf = bounds.picks[m] < bounds.lower[m];
            swapTowards(m, shortOf);
        }
    }

    /** Short of m: bring in a stratum of m, drop one outside it. Over m: the other way round. */
    private void swapTowards(int m, boolean shortOf) {
        List<int[]> best = new ArrayList<>();
        int bestViolation = Integer.MAX_VALUE;
        for (int in = 0; in < chosen.length; in++) {
            if (chosen[in] || bounds.in(in, m) != shortOf) {
                continue;
            }
            for (int out = 0; out < chosen.length; out++) {
                if (!chosen[out] || bounds.in(out, m) == shortOf) {
                    continue;
                }
                int after = violationAfterSwap(out, in);
                if (after < bestViolation) {
                    bestViolation = after;
                    best.clear();
                }
                if (after == bestViolation) {
                    best.add(new int[] {out, in});
                }
            }
        }
        if (best.isEmpty()) {
            return;
        }
        int[] swap = best.get(random.nextInt(best.size()));
        chosen[swap[0]] = false;
        chosen[swap[1]] = true;
        bounds.add(swap[0], -1);
        bounds.add(swap[1], 1);
    }

    private int violationAfterSwap(int out, int in) {
        bounds.add(out, -1);
        bounds.add(in, 1);
        int after = bounds.violation();
        bounds.add(in, -1);
        bounds.add(out, 1);
        return after;
    }
}
