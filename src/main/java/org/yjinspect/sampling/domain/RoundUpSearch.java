package org.yjinspect.sampling.domain;

/**
 * Depth-first search over take/skip for each candidate stratum in largest-remainder order,
 * pruned by the margin bounds, with a node budget so a large caseload cannot stall a draw.
 */
final class RoundUpSearch {
    private static final int BUDGET = 50_000;
    private final MarginBounds bounds;
    private final boolean[] chosen;
    private final int wanted;
    private final int[] undecidedIn;
    private int nodes;

    RoundUpSearch(MarginBounds bounds, boolean[] chosen, int wanted) {
        this.bounds = bounds;
        this.chosen = chosen;
        this.wanted = wanted;
        this.undecidedIn = new int[bounds.picks.length];
        for (int[] margins : bounds.marginsOf) {
            for (int m : margins) {
                undecidedIn[m]++;
            }
        }
    }

    /** True if a choice with every margin in bounds was found; {@code chosen} then holds it. */
    boolean run() {
        return visit(0, 0);
    }

    private boolean visit(int c, int taken) {
        if (++nodes > BUDGET || taken + (chosen.length - c) < wanted || !lowerBoundsReachable()) {
            return false;
        }
        if (taken == wanted) {
            return bounds.violation() == 0;
        }
        for (int m : bounds.marginsOf[c]) {
            undecidedIn[m]--;
        }
        if (bounds.fitsUnderUpper(c)) {
            chosen[c] = true;
            bounds.add(c, 1);
            if (visit(c + 1, taken + 1)) {
                return true;
            }
            chosen[c] = false;
            bounds.add(c, -1);
        }
        if (visit(c + 1, taken)) {
            return true;
        }
        for (int m : bounds.marginsOf[c]) {
            undecidedIn[m]++;
        }
        return false;
    }

    private boolean lowerBoundsReachable() {
        for (int m = 0; m < bounds.picks.length; m++) {
            if (bounds.picks[m] + undecidedIn[m] < bounds.lower[m]) {
                return false;
            }
        }
        return true;
    }
}
