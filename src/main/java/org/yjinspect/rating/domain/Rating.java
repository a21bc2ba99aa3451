package org.yjinspect.rating.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four published ratings, with the 0-3 score each carries towards the overall rating. */
public enum Rating {
    INADEQUATE("Inadequate", 0),
    REQUIRES_IMPROVEMENT("Requires improvement", 1),
    GOOD("Good", 2),
    OUTSTANDING("Outstanding", 3);

    private final String label;
    private final int score;

    Rating(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }

    /** Reads a rating as reports and users write it: any case, any spacing ("Requires Improvement"). */
    public static Optional<Rating> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** How many bands separate this rating from another (positive when this one is higher). */
    public int bandsAbove(Rating other) {
        return ordinal() - other.ordinal();
    }

    @Override
    public String toString() {
        return label;
    }
}
