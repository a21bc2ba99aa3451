package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses which strata get one of the cases left over after rounding down. First a bounded
 * depth-first search that tries strata in largest-remainder order and keeps every margin
 * between its share rounded down and rounded up: the first choice it finds is the one largest
 * remainder would give, bent only as far as the margins need. If there is none, the same
 * search allows one case either side of whole-number margin shares; if that runs out of budget
 * (large caseloads), a greedy choice is repaired by {@link RoundUpRepair}. A perfect
 * choice does not always exist for four variables at once (controlled rounding is only
 * guaranteed in two dimensions): what remains is reported by {@link MarginCheck}, never hidden.
 */
final class RoundUpChoice {
    private final MarginBounds strict;
    private final MarginBounds bounds;

    RoundUpChoice(List<LargestRemainderAllocation.Share> sharesByPriority, int total, int n) {
        this.strict = new MarginBounds(sharesByPriority, total, n, true);
        this.bounds = new MarginBounds(sharesByPriority, total, n, false);
    }

    List<LargestRemainderAllocation.Share> choose(int leftOver) {
        boolean[] chosen = new boolean[bounds.size()];
        if (new RoundUpSearch(strict, chosen, leftOver).run()) {
            return chosenShares(chosen);
        }
        Arrays.fill(chosen, false);
        if (!new RoundUpSearch(bounds, chosen, leftOver).run()) {
            Arrays.fill(chosen, false);
            bounds.reset();
            int count = greedy(chosen, leftOver, true);
            greedy(chosen, leftOver - count, false);
            new RoundUpRepair(bounds, chosen).run();
        }
        return chosenShares(chosen);
    }

    private List<LargestRemainderAllocation.Share> chosenShares(boolean[] chosen) {
        List<LargestRemainderAllocation.Share> result = new ArrayList<>();
        for (int c = 0; c < chosen.length; c++) {
            if (chosen[c]) {
                result.add(bounds.candidates.get(c));
            }
        }
        return result;
    }

    private int greedy(boolean[] chosen, int wanted, boolean respectUpperBounds) {
        int count = 0;
        for (int c = 0; c < chosen.length && count < wanted; c++) {
            if (!chosen[c] && (!respectUpperBounds || bounds.fitsUnderUpper(c))) {
                chosen[c] = true;
                bounds.add(c, 1);
                count++;
            }
        }
        return count;
    }
}
