package org.yjinspect.recommendation.domain;

import java.util.Objects;

/**
 * One recommendation of the report: whom it is addressed to ("The YJS management board should"),
 * its place in the report's numbering (1, 2, 3... across all addressees) and what it says.
 */
public record Recommendation(long id, String addressee, int position, String text) {
    public Recommendation {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(text, "text");
    }

    Recommendation at(int newPosition) {
        return newPosition == position ? this : new Recommendation(id, addressee, newPosition, text);
    }
}
