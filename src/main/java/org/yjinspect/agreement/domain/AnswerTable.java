package org.yjinspect.agreement.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The cross-table of the two readings: how many answers were category i in the first reading and
 * category j in the second. Rows are the first reading, columns the second. Every answer counts,
 * "not applicable" and "not relevant" included, each as a category of its own. The categories are
 * the possible answers given (in their order) followed by any other answer seen, in alphabetical
 * order, so a table is the same whatever order the answers came in.
 *
 * @param categories the categories, in table order
 * @param counts     counts.get(i).get(j): answers that were categories.get(i) first and categories.get(j) second
 */
public record AnswerTable(List<String> categories, List<List<Integer>> counts) {
    public AnswerTable {
        categories = List.copyOf(categories);
        counts = counts.stream().map(List::copyOf).toList();
        categories.forEach(AnswerTable::requireAnswer);
        int k = categories.size();
        if (new LinkedHashSet<>(categories).size() != k || counts.size() != k
                || counts.stream().anyMatch(row -> row.size() != k)) {
            throw new IllegalArgumentException("A cross-table needs one row and one column per distinct category");
        }
    }

    /** @param possibleAnswers categories of the scale that count even when nobody used them (may be empty) */
    public static AnswerTable of(List<PairedAnswer> pairs, Collection<String> possibleAnswers) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(possibleAnswers, "possibleAnswers");
        LinkedHashSet<String> ordered = new LinkedHashSet<>(possibleAnswers);
        TreeSet<String> others = new TreeSet<>();
        for (PairedAnswer pair : pairs) {
            others.add(pair.first());
            others.add(pair.second());
        }
        others.removeAll(ordered);
        ordered.addAll(others);
        List<String> categories = new ArrayList<>(ordered);
        categories.forEach(AnswerTable::requireAnswer);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        int[][] cells = new int[categories.size()][categories.size()];
        pairs.forEach(p -> cells[index.get(p.first())][index.get(p.second())]++);
        List<List<Integer>> counts = new ArrayList<>();
        for (int[] row : cells) {
            counts.add(Arrays.stream(row).boxed().toList());
        }
        return new AnswerTable(categories, counts);
    }

    private static void requireAnswer(String category) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("A blank answer is a missing answer: leave the item out, it is not paired");
        }
    }

    /** How many answers were given (each answer pairs the two readings of one item of one case). */
    public int total() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    }

    public int count(int first, int second) {
        return counts.get(first).get(second);
    }

    public int firstReadingTotal(int category) {
        return counts.get(category).stream().mapToInt(Integer::intValue).sum();
    }

    public int secondReadingTotal(int category) {
        return counts.stream().mapToInt(row -> row.get(category)).sum();
    }

    /** Answers on which the two readings agree (the diagonal). */
    public int agreements() {
        int sum = 0;
        for (int i = 0; i < categories.size(); i++) {
            sum += count(i, i);
        }
        return sum;
    }

    /** Proportion of all answers, both readings together, that were this category. */
    public double share(int category) {
        return (firstReadingTotal(category) + secondReadingTotal(category)) / (2.0 * total());
    }

    /** One cell of the table: how many answers were {@code first} in the first reading and {@code second} in the second. */
    public record Cell(String first, String second, int count) {
    }

    /** The ways the readings differed, most frequent first (then in table order), for "look at the answers that differ". */
    public List<Cell> disagreements() {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = 0; j < categories.size(); j++) {
                if (i != j && count(i, j) > 0) {
                    cells.add(new Cell(categories.get(i), categories.get(j), count(i, j)));
                }
            }
        }
        cells.sort(Comparator.comparingInt(Cell::count).reversed());
        return cells;
    }

    /** Categories somebody actually used, in either reading. */
    public List<String> categoriesUsed() {
        List<String> used = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            if (firstReadingTotal(i) + secondReadingTotal(i) > 0) {
                used.add(categories.get(i));
            }
        }
        return used;
    }
}
