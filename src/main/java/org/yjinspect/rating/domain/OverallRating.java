package org.yjinspect.rating.domain;

import java.util.List;
import java.util.Optional;

/**
 * The inspection's score and overall rating.
 *
 * @param score     sum of the scored standards' 0-3 scores (of those rated)
 * @param maxScore  3 per scored standard (36 for the twelve core standards)
 * @param rating    the overall rating; empty when any scored standard is unrated
 * @param missing   numbers of the scored standards without a rating
 * @param reason    how the rating was reached, rule by rule
 */
public record OverallRating(int score, int maxScore, Optional<Rating> rating, List<String> missing, String reason) {
    public OverallRating {
        missing = List.copyOf(missing);
    }
}
