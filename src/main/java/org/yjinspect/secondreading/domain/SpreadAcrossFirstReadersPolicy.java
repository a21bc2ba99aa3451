package org.yjinspect.secondreading.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;

/**
 * How a drawn share of the sample is spread across its first readers, so that the second reading
 * says something about every reader and not only the busiest: the number of cases is the share of
 * the sampled cases, rounded up; each first reader gets one case where there are enough to go round;
 * then each next case goes to the reader whose cases are least represented so far (Sainte-Laguë:
 * the most cases per case chosen, size / (2 × chosen + 1); ties to the reader first in name order),
 * which keeps each reader's cases in proportion. Within a reader's cases the choice is random, from
 * the stored seed, over the cases in reference order, so the same seed draws the same cases.
 */
public final class SpreadAcrossFirstReadersPolicy {
    public static final String RULE = "Second reading spread across first readers";
    /** Cases not allocated to anyone yet form a group of their own. */
    public static final String NOBODY = "(not allocated)";

    private SpreadAcrossFirstReadersPolicy() {
    }

    /** The cases drawn, by first reader, and the rule's account of how. */
    public record Drawn(SortedMap<String, List<String>> byFirstReader, Ruling<Integer> ruling) {
        public List<String> cases() {
            return byFirstReader.values().stream().flatMap(List::stream).toList();
        }
    }

    /**
     * @param casesByFirstReader the case references eligible for the draw, by first reader ({@link #NOBODY} for none)
     * @param sharePercent       the share of those cases to draw, 1 to 100
     */
    public static Drawn draw(Map<String, List<String>> casesByFirstReader, int sharePercent, long seed) {
        Problem.require(sharePercent >= 1 && sharePercent <= 100, "the share must be 1 to 100 percent");
        SortedMap<String, List<String>> groups = new TreeMap<>();
        casesByFirstReader.forEach((reader, cases) -> {
            if (!cases.isEmpty()) {
                groups.put(reader, cases.stream().sorted().toList());
            }
        });
        int total = groups.values().stream().mapToInt(List::size).sum();
        int n = (int) Math.ceil(total * sharePercent / 100.0);
        SortedMap<String, Integer> counts = counts(groups, n);
        SplittableRandom random = new SplittableRandom(seed);
        SortedMap<String, List<String>> chosen = new TreeMap<>();
        counts.forEach((reader, count) -> {
            if (count > 0) {
                chosen.put(reader, List.copyOf(pick(groups.get(reader), count, random)));
            }
        });
        return new Drawn(chosen, new Ruling<>(n, RULE, reason(total, sharePercent, n, groups.size(), counts)));
    }

    static SortedMap<String, Integer> counts(SortedMap<String, List<String>> groups, int n) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        groups.keySet().forEach(reader -> counts.put(reader, n >= groups.size() ? 1 : 0));
        int given = counts.values().stream().mapToInt(Integer::intValue).sum();
        for (; given < n; given++) {
            String next = null;
            double best = -1;
            for (Map.Entry<String, List<String>> group : groups.entrySet()) {
                int have = counts.get(group.getKey());
                double priority = group.getValue().size() / (2.0 * have + 1);
                if (have < group.getValue().size() && priority > best) {
                    best = priority;
                    next = group.getKey();
                }
            }
            counts.merge(next, 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> pick(List<String> cases, int count, SplittableRandom random) {
        List<String> shuffled = new ArrayList<>(cases);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(shuffled.size() - i);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled.subList(0, count).stream().sorted().toList();
    }

    private static String reason(int total, int share, int n, int readers, SortedMap<String, Integer> counts) {
        if (total == 0) {
            return "there are no sampled cases left to draw from";
        }
        String each = n >= readers ? "every first reader has at least one case" : "there are fewer cases to draw"
                + " than first readers, so the readers with most cases come first";
        return share + "% of " + total + " cases is " + n + " (rounded up), spread across " + readers
                + " first readers in proportion to their cases: " + each + " (" + counts + ")";
    }
}
