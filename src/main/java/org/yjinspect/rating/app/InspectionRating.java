package org.yjinspect.rating.app;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.domain.OverallRating;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/**
 * The ratings page of an inspection: every standard, the score, the overall rating (after the
 * resettlement limiting judgement), resettlement rated apart, and any differences from the
 * published figures that were given to check against. A refused panel decision is on its
 * standard ({@link #refusedPanelDecisions()}); the computed rating stands there.
 */
public record InspectionRating(String service, FrameworkVersion version, List<StandardResult> standards,
                               OverallRating score, Ruling<Optional<Rating>> overall,
                               List<StandardResult> separatelyRated, Ruling<Optional<Rating>> resettlement,
                               List<String> publishedDifferences) {
    public Optional<Rating> overallRating() {
        return overall.value();
    }

    /** Every standard: the scored ones in order, then those rated apart (resettlement). */
    public List<StandardResult> allStandards() {
        return Stream.concat(standards.stream(), separatelyRated.stream()).toList();
    }

    /** The standards whose panel decision the discretion rule refused, in order. */
    public List<StandardResult> refusedPanelDecisions() {
        return allStandards().stream().filter(s -> s.panel().value().refused()).toList();
    }
}
