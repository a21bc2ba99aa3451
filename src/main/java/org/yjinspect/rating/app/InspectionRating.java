package org.yjinspect.rating.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.domain.OverallRating;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/**
 * The ratings page of an inspection: every standard, the score, the overall rating (after the
 * resettlement limiting judgement), resettlement rated apart, and any differences from the
 * published figures that were given to check against.
 */
public record InspectionRating(String service, FrameworkVersion version, List<StandardResult> standards,
                               OverallRating score, Ruling<Optional<Rating>> overall,
                               List<StandardResult> separatelyRated, Ruling<Optional<Rating>> resettlement,
                               List<String> publishedDifferences) {
    public Optional<Rating> overallRating() {
        return overall.value();
    }
}
