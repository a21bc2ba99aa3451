package org.yjinspect.rating.domain;

import java.util.Optional;

/**
 * A case-based standard's computed rating: the band of its lowest key question.
 *
 * @param rating        the computed rating; empty when no key question had relevant cases ("not rated")
 * @param drivingIndex  index of the key question that drives the rating, or -1 when not rated
 * @param reason        why, citing the driving key question
 */
public record StandardRating(Optional<Rating> rating, int drivingIndex, String reason) {
    public static StandardRating notRated(String reason) {
        return new StandardRating(Optional.empty(), -1, reason);
    }

    public boolean rated() {
        return rating.isPresent();
    }
}
