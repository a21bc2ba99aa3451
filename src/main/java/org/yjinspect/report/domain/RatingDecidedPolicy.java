package org.yjinspect.report.domain;

import org.yjinspect.rules.Ruling;

/**
 * Whether the report may print a standard's rating as decided. A rating the figures give, or one
 * the lead inspector proposes, is only the ratings panel's to settle: until the panel has recorded
 * a decision that still holds for the figures, the report says so instead of printing it as final.
 * A made-up rating is never printed: an unrated standard reads "Not rated".
 */
public final class RatingDecidedPolicy {
    public static final String RULE = "Ratings printed as decided";

    private RatingDecidedPolicy() {
    }

    public static Ruling<RatingState> decide(String number, boolean rated, boolean decisionHolds, String notRatedReason) {
        if (!rated) {
            return new Ruling<>(RatingState.NOT_RATED, RULE, number + " is not rated: " + notRatedReason);
        }
        if (!decisionHolds) {
            return new Ruling<>(RatingState.AWAITING_PANEL, RULE, number + " has a rating the ratings panel has"
                    + " not decided yet");
        }
        return new Ruling<>(RatingState.DECIDED, RULE, number + " was decided by the ratings panel");
    }
}
