package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LowestKeyQuestionPolicyTest {

    @Test
    void threeGoodKeyQuestionsAndOneInadequateMakeAnInadequateStandard() {
        StandardRating rating = LowestKeyQuestionPolicy.rate(List.of(counted("a", 7, 10), counted("b", 7, 10),
                counted("c", 4, 10), counted("d", 7, 10)));

        assertThat(rating.rating()).contains(Rating.INADEQUATE);
        assertThat(rating.drivingIndex()).isEqualTo(2);
        assertThat(rating.reason()).contains("'c'").contains("4/10 = 40%");
    }

    @Test
    void keyQuestionsWithNoRelevantCasesAreLeftOut() {
        StandardRating rating = LowestKeyQuestionPolicy.rate(List.of(counted("a", 8, 8), counted("b", 0, 0),
                counted("c", 6, 7)));

        assertThat(rating.rating()).contains(Rating.OUTSTANDING);
        assertThat(rating.drivingIndex()).isEqualTo(2);
    }

    @Test
    void aStandardWithNoRelevantCasesIsNotRated() {
        StandardRating rating = LowestKeyQuestionPolicy.rate(List.of(counted("a", 0, 0), counted("b", 0, 0)));

        assertThat(rating.rated()).isFalse();
        assertThat(rating.reason()).startsWith("Not rated");
    }

    @Test
    void theFirstPrintedOfTwoEqualLowestKeyQuestionsDrivesTheRating() {
        StandardRating rating = LowestKeyQuestionPolicy.rate(List.of(counted("a", 3, 4), counted("b", 6, 8),
                counted("c", 4, 4)));

        assertThat(rating.drivingIndex()).isZero();
        assertThat(rating.rating()).contains(Rating.GOOD);
    }

    @Test
    void printedPercentagesAreComparedWithCounts() {
        StandardRating rating = LowestKeyQuestionPolicy.rate(List.of(KeyQuestionFigure.percentOnly("a", 88),
                KeyQuestionFigure.percentOnly("b", 63), counted("c", 7, 8)));

        assertThat(rating.rating()).contains(Rating.REQUIRES_IMPROVEMENT);
        assertThat(rating.drivingIndex()).isEqualTo(1);
    }

    private static KeyQuestionFigure counted(String text, int yes, int relevant) {
        return KeyQuestionFigure.counted(text, yes, relevant);
    }
}
