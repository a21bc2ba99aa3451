package org.yjinspect.rating.domain;

import org.yjinspect.rules.Ruling;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResettlementLimitingJudgementPolicyTest {

    @Test
    void anInadequateResettlementStopsAnOutstandingOverallRating() {
        Ruling<Optional<Rating>> ruling = ResettlementLimitingJudgementPolicy.apply(Optional.of(Rating.OUTSTANDING),
                Optional.of(Rating.INADEQUATE));

        assertThat(ruling.value()).contains(Rating.GOOD);
        assertThat(ruling.reason()).contains("cannot be rated Outstanding");
    }

    @Test
    void anInadequateResettlementLeavesAGoodOverallRatingAlone() {
        assertThat(ResettlementLimitingJudgementPolicy.apply(Optional.of(Rating.GOOD), Optional.of(Rating.INADEQUATE))
                .value()).contains(Rating.GOOD);
    }

    @Test
    void anyOtherResettlementRatingLeavesOutstandingAlone() {
        assertThat(ResettlementLimitingJudgementPolicy.apply(Optional.of(Rating.OUTSTANDING),
                Optional.of(Rating.REQUIRES_IMPROVEMENT)).value()).contains(Rating.OUTSTANDING);
    }

    @Test
    void noResettlementRatingMeansNoLimit() {
        Ruling<Optional<Rating>> ruling = ResettlementLimitingJudgementPolicy.apply(Optional.of(Rating.OUTSTANDING),
                Optional.empty());

        assertThat(ruling.value()).contains(Rating.OUTSTANDING);
        assertThat(ruling.reason()).contains("not rated");
    }
}
