package org.yjinspect.rating.domain;

import org.yjinspect.rules.Ruling;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyQuestionBandPolicyTest {

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource({"0, INADEQUATE", "49.99, INADEQUATE", "50, REQUIRES_IMPROVEMENT", "64.99, REQUIRES_IMPROVEMENT",
        "65, GOOD", "79.99, GOOD", "80, OUTSTANDING", "100, OUTSTANDING"})
    void printedPercentagesFallInThePublishedBands(double percent, Rating expected) {
        assertThat(KeyQuestionBandPolicy.bandOf(KeyQuestionFigure.percentOnly(null, percent))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} is {2}")
    @CsvSource({"1, 2, REQUIRES_IMPROVEMENT", "13, 20, GOOD", "5, 8, REQUIRES_IMPROVEMENT", "4, 5, OUTSTANDING",
        "2, 3, GOOD", "1, 3, INADEQUATE", "0, 1, INADEQUATE", "7, 8, OUTSTANDING"})
    void countsAreBandedOnTheExactFraction(int yes, int relevant, Rating expected) {
        assertThat(KeyQuestionBandPolicy.bandOf(KeyQuestionFigure.counted(null, yes, relevant))).isEqualTo(expected);
    }

    @Test
    void fiveOfEightIsBandedAsSixtyTwoPointFiveNotAsTheRoundedSixtyThree() {
        KeyQuestionFigure fiveOfEight = KeyQuestionFigure.counted(null, 5, 8);

        assertThat(fiveOfEight.displayPercent()).isEqualTo(63);
        assertThat(KeyQuestionBandPolicy.band(fiveOfEight).reason())
                .isEqualTo("5/8 = 62.5% is 50% up to 65%: Requires improvement");
    }

    @Test
    void theRulingNamesItsRule() {
        assertThat(KeyQuestionBandPolicy.band(KeyQuestionFigure.counted(null, 8, 8)).rule()).isEqualTo("Key question band");
    }

    @Test
    void aKeyQuestionWithNoRelevantCasesHasNoBandAndSaysWhy() {
        Ruling<Rating> ruling = KeyQuestionBandPolicy.band(KeyQuestionFigure.counted(null, 0, 0));

        assertThat(ruling.value()).isNull();
        assertThat(ruling.reason()).isEqualTo("0/0 (no relevant cases): left out of the rating");
    }
}
