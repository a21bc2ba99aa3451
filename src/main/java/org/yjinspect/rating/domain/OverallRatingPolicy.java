package org.yjinspect.rating.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Each of the 12 standards is scored on a 0-3 scale ... Adding these scores produces a total
 * score ranging from 0 to 36, which is banded: 0-6 Inadequate, 7-18 Requires improvement,
 * 19-30 Good, 31-36 Outstanding." No weighting. With any scored standard unrated there is no
 * overall rating, and the missing standards are named.
 */
public final class OverallRatingPolicy {
    public static final String RULE = "Overall rating from the score";

    private OverallRatingPolicy() {
    }

    /** @param scoredStandards each scored standard's number with its final rating (empty if unrated), in order */
    public static OverallRating rate(LinkedHashMap<String, Optional<Rating>> scoredStandards) {
        int score = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Optional<Rating>> standard : scoredStandards.entrySet()) {
            if (standard.getValue().isPresent()) {
                score += standard.getValue().get().score();
            } else {
                missing.add(standard.getKey());
            }
        }
        int maxScore = 3 * scoredStandards.size();
        if (!missing.isEmpty()) {
            return new OverallRating(score, maxScore, Optional.empty(), missing,
                    "No overall rating: standard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + (missing.size() == 1 ? " is" : " are") + " not rated.");
        }
        Rating band = band(score, maxScore);
        return new OverallRating(score, maxScore, Optional.of(band), missing,
                "Score " + score + "/" + maxScore + " is in the " + range(band, maxScore) + " band: " + band.label() + ".");
    }

    /** Bands scale with the number of scored standards; for twelve they are the published 0-6/7-18/19-30/31-36. */
    public static Rating band(int score, int maxScore) {
        if (score >= lowerBound(Rating.OUTSTANDING, maxScore)) {
            return Rating.OUTSTANDING;
        }
        if (score >= lowerBound(Rating.GOOD, maxScore)) {
            return Rating.GOOD;
        }
        return score >= lowerBound(Rating.REQUIRES_IMPROVEMENT, maxScore) ? Rating.REQUIRES_IMPROVEMENT : Rating.INADEQUATE;
    }

    private static int lowerBound(Rating band, int maxScore) {
        int standards = maxScore / 3;
        return switch (band) {
            case INADEQUATE -> 0;
            case REQUIRES_IMPROVEMENT -> standards / 2 + 1;
            case GOOD -> standards * 3 / 2 + 1;
            case OUTSTANDING -> standards * 5 / 2 + 1;
        };
    }

    private static String range(Rating band, int maxScore) {
        int from = lowerBound(band, maxScore);
        int to = band == Rating.OUTSTANDING ? maxScore : lowerBound(Rating.values()[band.ordinal() + 1], maxScore) - 1;
        return from + "-" + to;
    }
}
