package org.yjinspect.comparison.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.rules.Ruling;

/**
 * Says where a live key-question figure sits among the library's, in one sentence with n for both:
 * "Keeping the child safe in planning (2.2): 58% (n=20), lower than 7 of 10 published 2021
 * inspections, the same as 1 and higher than 2". Ties are said as ties, never folded into
 * "lower" or "higher". The reason says how it was counted.
 */
public final class PlacementWordsPolicy {
    public static final String RULE = "Placement among published inspections";

    private PlacementWordsPolicy() {
    }

    /** {@code placement} is empty when the live figure has no relevant cases yet. */
    public static Ruling<String> words(String name, LiveFigure live, Optional<Placement> placement, PercentSpread library) {
        String published = "published " + library.version().label() + " inspection";
        Optional<Integer> percent = live.percent();
        if (percent.isEmpty() || placement.isEmpty()) {
            return new Ruling<>(name + ": no relevant cases yet (n=0), so nothing to place", RULE,
                    "a key question with no relevant cases has no percentage to compare");
        }
        String figure = name + ": " + percent.get() + "% (n=" + live.relevant() + ")";
        Placement p = placement.get();
        if (p.n() == 0) {
            return new Ruling<>(figure + "; no " + published + " in the library prints this key question", RULE,
                    "the library holds no " + published + " with a readable figure for it");
        }
        return new Ruling<>(figure + ", " + sentence(p, published), RULE, "Compared in whole percentages as reports"
                + " print them: " + p.higher() + " of the " + p.n() + " " + print(p.higher()) + " more than " + p.percent()
                + "%, " + p.same() + " " + print(p.same()) + " " + p.percent() + "% (ties, counted apart) and " + p.lower()
                + " " + print(p.lower()) + " less");
    }

    private static String print(int count) {
        return count == 1 ? "prints" : "print";
    }

    private static String sentence(Placement p, String published) {
        String all = p.n() == 1 ? "the one " + published : "all " + p.n() + " " + published + "s";
        if (p.higher() == p.n()) {
            return "lower than " + all;
        }
        if (p.lower() == p.n()) {
            return "higher than " + all;
        }
        if (p.same() == p.n()) {
            return "the same as " + all;
        }
        List<String> parts = new ArrayList<>();
        if (p.higher() > 0) {
            parts.add("lower than " + p.higher());
        }
        if (p.same() > 0) {
            parts.add("the same as " + p.same());
        }
        if (p.lower() > 0) {
            parts.add("higher than " + p.lower());
        }
        parts.set(0, parts.get(0) + " of " + p.n() + " " + published + "s");
        return parts.size() == 2 ? parts.get(0) + " and " + parts.get(1)
                : parts.get(0) + ", " + parts.get(1) + " and " + parts.get(2);
    }
}
