package org.yjinspect.published.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.yjinspect.rating.domain.Rating;

class PublishedScorePolicyTest {
    private static LinkedHashMap<String, Rating> twelve(Rating rating) {
        LinkedHashMap<String, Rating> ratings = new LinkedHashMap<>();
        for (String number : new String[] {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"}) {
            ratings.put(number, rating);
        }
        return ratings;
    }

    @Test
    void theScoreIsTheSumOfThePublishedRatings() {
        assertThat(PublishedScorePolicy.score(twelve(Rating.GOOD), 24).value()).isTrue();
    }

    @Test
    void aScoreThatDoesNotAddUpIsInconsistentAndSaysBy() {
        var ruling = PublishedScorePolicy.score(twelve(Rating.GOOD), 23);

        assertThat(ruling.value()).isFalse();
        assertThat(ruling.reason()).contains("23", "24");
    }

    @Test
    void aMissingRatingLeavesTheScoreUnchecked() {
        LinkedHashMap<String, Rating> ratings = twelve(Rating.GOOD);
        ratings.put("2.3", null);

        var ruling = PublishedScorePolicy.score(ratings, 24);

        assertThat(ruling.value()).isNull();
        assertThat(ruling.reason()).contains("2.3");
    }

    @Test
    void theOverallRatingIsTheBandOfTheScore() {
        assertThat(PublishedScorePolicy.overall(18, 12, Rating.REQUIRES_IMPROVEMENT, null).value()).isTrue();
        assertThat(PublishedScorePolicy.overall(19, 12, Rating.REQUIRES_IMPROVEMENT, null).value()).isFalse();
    }

    @Test
    void anInadequateResettlementStopsAnOutstandingOverall() {
        assertThat(PublishedScorePolicy.overall(33, 12, Rating.GOOD, Rating.INADEQUATE).value()).isTrue();
        assertThat(PublishedScorePolicy.overall(33, 12, Rating.OUTSTANDING, Rating.INADEQUATE).value()).isFalse();
    }
}
