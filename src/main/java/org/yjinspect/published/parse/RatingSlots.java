package org.yjinspect.published.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yjinspect.rating.domain.Rating;

/**
 * The overall rating and the standards of a ratings page as they are read, with the ones still
 * waiting for a rating printed on a line of its own. Such a rating goes to the first that is
 * waiting, so a page extracted column by column (all the names, then all the ratings) reads the
 * same as one extracted row by row; a rating nothing waits for is counted, not guessed at.
 * Row by row, a standard whose rating line was lost keeps no rating rather than taking the
 * next one's; column by column, names and ratings that do not pair up one to one are not paired
 * at all (the ratings could be shifted), and {@link #unmatched} says so.
 */
final class RatingSlots {
    private static final int OVERALL = -1;

    private Rating overall;
    private final List<RatingsPage.PrintedRating> standards = new ArrayList<>();
    private final Set<String> numbers = new HashSet<>();
    private final List<String> notRated = new ArrayList<>();
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private int stray;
    private boolean rowByRow;
    private final List<Integer> pairedByColumn = new ArrayList<>();

    void overall(Rating rating) {
        overall = rating;
    }

    void overallToCome() {
        waiting.addLast(OVERALL);
    }

    /** A standard as listed; a null rating with {@code unrated} false means its rating is still to come. */
    void standard(String number, String name, Rating rating, boolean unrated, int line) {
        if (rowByRow) {
            waiting.removeIf(slot -> slot != OVERALL);
        }
        standards.add(new RatingsPage.PrintedRating(number, name, rating, line));
        numbers.add(number);
        if (unrated) {
            notRated.add(number);
        } else if (rating == null) {
            waiting.addLast(standards.size() - 1);
        }
    }

    /** A rating (or "Not rated", as null with {@code unrated}) printed on a line of its own. */
    void ratingAlone(Rating rating, boolean unrated) {
        boolean column = waiting.size() > 1;
        rowByRow |= waiting.size() == 1;
        Integer slot = waiting.pollFirst();
        if (column && slot != null && slot != OVERALL) {
            pairedByColumn.add(slot);
        }
        if (slot == null) {
            if (overall == null && standards.isEmpty() && !unrated) {
                overall = rating;
            } else {
                stray++;
            }
        } else if (slot == OVERALL) {
            overall = rating;
        } else {
            RatingsPage.PrintedRating open = standards.get(slot);
            standards.set(slot, new RatingsPage.PrintedRating(open.number(), open.name(), rating, open.line()));
            if (unrated) {
                notRated.add(open.number());
            }
        }
    }

    /**
     * True when ratings were paired with standards column by column but the counts did not agree
     * (a standard left without a rating, or a rating left over); those pairings are then undone.
     */
    boolean unmatched() {
        boolean standardsLeft = waiting.stream().anyMatch(slot -> slot != OVERALL);
        if (pairedByColumn.isEmpty() || !standardsLeft && stray == 0) {
            return false;
        }
        for (int slot : pairedByColumn) {
            RatingsPage.PrintedRating paired = standards.get(slot);
            standards.set(slot, new RatingsPage.PrintedRating(paired.number(), paired.name(), null, paired.line()));
            notRated.remove(paired.number());
        }
        pairedByColumn.clear();
        return true;
    }

    boolean listed(String number) {
        return numbers.contains(number);
    }

    Set<String> numbers() {
        return numbers;
    }

    boolean noStandards() {
        return standards.isEmpty();
    }

    int count() {
        return standards.size();
    }

    Rating overall() {
        return overall;
    }

    List<RatingsPage.PrintedRating> standards() {
        return standards;
    }

    List<String> notRated() {
        return notRated;
    }

    int stray() {
        return stray;
    }
}
