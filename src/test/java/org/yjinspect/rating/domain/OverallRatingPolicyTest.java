package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverallRatingPolicyTest {
    private static final List<String> CORE = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4");

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"0, INADEQUATE", "6, INADEQUATE", "7, REQUIRES_IMPROVEMENT", "18, REQUIRES_IMPROVEMENT",
        "19, GOOD", "30, GOOD", "31, OUTSTANDING", "36, OUTSTANDING"})
    void theScoreOutOf36IsBandedAsPublished(int score, Rating expected) {
        assertThat(OverallRatingPolicy.band(score, 36)).isEqualTo(expected);
    }

    @Test
    void twelveRatedStandardsAreScoredWithoutWeighting() {
        LinkedHashMap<String, Optional<Rating>> ratings = new LinkedHashMap<>();
        List<Rating> plymouth = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.REQUIRES_IMPROVEMENT, Rating.OUTSTANDING, Rating.OUTSTANDING, Rating.GOOD,
                Rating.REQUIRES_IMPROVEMENT, Rating.GOOD, Rating.GOOD);
        for (int i = 0; i < CORE.size(); i++) {
            ratings.put(CORE.get(i), Optional.of(plymouth.get(i)));
        }

        OverallRating overall = OverallRatingPolicy.rate(ratings);

        assertThat(overall.score()).isEqualTo(24);
        assertThat(overall.maxScore()).isEqualTo(36);
        assertThat(overall.rating()).contains(Rating.GOOD);
        assertThat(overall.reason()).isEqualTo("Score 24/36 is in the 19-30 band: Good.");
    }

    @Test
    void anUnratedCoreStandardLeavesNoOverallRatingAndIsNamed() {
        LinkedHashMap<String, Optional<Rating>> ratings = new LinkedHashMap<>();
        CORE.forEach(n -> ratings.put(n, Optional.of(Rating.GOOD)));
        ratings.put("2.4", Optional.empty());
        ratings.put("3.2", Optional.empty());

        OverallRating overall = OverallRatingPolicy.rate(ratings);

        assertThat(overall.rating()).isEmpty();
        assertThat(overall.missing()).containsExactly("2.4", "3.2");
        assertThat(overall.reason()).isEqualTo("No overall rating: standards 2.4, 3.2 are not rated.");
    }
}
