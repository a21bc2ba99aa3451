package org.yjinspect.report.domain;

import java.util.Optional;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/**
 * One standard on the ratings page: its number and name, the rating (empty when not rated) and
 * whether it is decided. The rating is shown only as what it is: decided, awaiting the panel, or
 * not rated.
 */
public record RatingLine(String number, String name, Optional<Rating> rating, Ruling<RatingState> state) {
    public boolean outstanding() {
        return rating.filter(r -> r == Rating.OUTSTANDING).isPresent();
    }

    public boolean decided() {
        return state.value() == RatingState.DECIDED;
    }

    /** The words printed in the rating cell. */
    public String shown() {
        return switch (state.value()) {
            case DECIDED -> rating.orElseThrow().label();
            case AWAITING_PANEL -> "Awaiting the ratings panel";
            case NOT_RATED -> "Not rated";
        };
    }

    /** For a rating awaiting the panel: the rating the figures (or the proposal) give now. */
    public Optional<String> provisional() {
        return state.value() == RatingState.AWAITING_PANEL ? rating.map(Rating::label) : Optional.empty();
    }
}
