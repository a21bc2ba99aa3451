package org.yjinspect.published.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.rating.domain.OverallRatingPolicy;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/**
 * The ratings page must add up: the printed score is the sum of the scored standards' printed
 * ratings (Inadequate 0 ... Outstanding 3), and the printed overall rating is the band of that
 * score, after the resettlement limiting judgement. Each check gives TRUE (consistent), FALSE
 * (inconsistent) or null (not checkable) with its reason.
 */
public final class PublishedScorePolicy {
    public static final String SCORE_RULE = "Score is the sum of the published standard ratings";
    public static final String OVERALL_RULE = "Overall rating is the band of the published score";

    private PublishedScorePolicy() {
    }

    /** @param scored each scored standard's number and published rating (null when not printed), in order */
    public static Ruling<Boolean> score(LinkedHashMap<String, Rating> scored, Integer publishedScore) {
        if (publishedScore == null) {
            return new Ruling<>(null, SCORE_RULE, "The report prints no score to check.");
        }
        List<String> missing = new ArrayList<>();
        int sum = 0;
        for (Map.Entry<String, Rating> standard : scored.entrySet()) {
            if (standard.getValue() == null) {
                missing.add(standard.getKey());
            } else {
                sum += standard.getValue().score();
            }
        }
        if (!missing.isEmpty()) {
            return new Ruling<>(null, SCORE_RULE, "The score cannot be checked: no published rating for "
                    + String.join(", ", missing) + ".");
        }
        if (sum != publishedScore) {
            return new Ruling<>(false, SCORE_RULE, "The published score " + publishedScore
                    + " is not the sum of the published ratings of the " + scored.size() + " scored standards ("
                    + sum + ").");
        }
        return new Ruling<>(true, SCORE_RULE, "The published score " + publishedScore
                + " is the sum of the published ratings.");
    }

    /** @param resettlement the published resettlement rating, or null */
    public static Ruling<Boolean> overall(Integer publishedScore, int scoredStandards, Rating publishedOverall,
                                          Rating resettlement) {
        if (publishedScore == null || publishedOverall == null || scoredStandards == 0) {
            return new Ruling<>(null, OVERALL_RULE, "No score and overall rating to check against each other.");
        }
        int maxScore = 3 * scoredStandards;
        if (publishedScore > maxScore) {
            return new Ruling<>(false, OVERALL_RULE, "The published score " + publishedScore
                    + " is above the most " + scoredStandards + " standards can score (" + maxScore + ").");
        }
        Rating band = OverallRatingPolicy.band(publishedScore, maxScore);
        Rating expected = band == Rating.OUTSTANDING && resettlement == Rating.INADEQUATE ? Rating.GOOD : band;
        if (expected != publishedOverall) {
            return new Ruling<>(false, OVERALL_RULE, "The published overall rating " + publishedOverall.label()
                    + " is not the band of the score " + publishedScore + "/" + maxScore + " ("
                    + expected.label() + ").");
        }
        return new Ruling<>(true, OVERALL_RULE, "The published overall rating is the band of the score.");
    }
}
