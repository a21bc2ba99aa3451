package org.yjinspect.rating.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.rating.domain.OverallRating;
import org.yjinspect.rating.domain.Rating;

/** Lists where the computed ratings differ from the published figures given to check against. */
final class PublishedComparison {
    private PublishedComparison() {
    }

    static List<String> differences(RateInspectionCommand command, OverallRating score, Optional<Rating> overall,
                                    List<StandardResult> standards) {
        List<String> differences = new ArrayList<>();
        standards.forEach(s -> s.publishedDifference().ifPresent(d -> differences.add(s.number() + ": " + d)));
        command.publishedScore().filter(published -> published != score.score()).ifPresent(published ->
                differences.add("score: published " + published + "/" + score.maxScore() + " differs from computed "
                        + score.score() + "/" + score.maxScore()));
        command.publishedOverall().filter(published -> !Optional.of(published).equals(overall)).ifPresent(published ->
                differences.add("overall rating: published " + published.label() + " differs from computed "
                        + overall.map(Rating::label).orElse("none")));
        return differences;
    }
}
