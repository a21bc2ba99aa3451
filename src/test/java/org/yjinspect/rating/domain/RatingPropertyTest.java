package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Seeded property tests of the rating rules. Each repetition logs its seed; to replay a failure
 * set -Dyjinspect.seed=N. No shrinking is needed: the properties are over small integers.
 */
class RatingPropertyTest {
    private static final long BASE_SEED = Long.getLong("yjinspect.seed", System.nanoTime());

    @BeforeAll
    static void logSeed() {
        System.out.println("RatingPropertyTest base seed " + BASE_SEED + " (replay: -Dyjinspect.seed=" + BASE_SEED + ")");
    }

    /** Repetition n of every property uses seed BASE_SEED + n. */
    private static SplittableRandom random(RepetitionInfo repetition) {
        return new SplittableRandom(BASE_SEED + repetition.getCurrentRepetition());
    }

    @RepeatedTest(200)
    void oneMoreYesNeverLowersAStandardsRating(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        List<KeyQuestionFigure> figures = randomFigures(random);
        int changed = random.nextInt(figures.size());
        KeyQuestionFigure before = figures.get(changed);
        if (before.yes() == before.relevant()) {
            return;
        }
        List<KeyQuestionFigure> after = new ArrayList<>(figures);
        after.set(changed, before.withOneCaseJudgedDifferently(+1));

        assertThat(rank(LowestKeyQuestionPolicy.rate(after))).isGreaterThanOrEqualTo(rank(LowestKeyQuestionPolicy.rate(figures)));
    }

    @RepeatedTest(200)
    void theStandardsRatingIsTheBandOfItsLowestKeyQuestion(RepetitionInfo repetition) {
        List<KeyQuestionFigure> figures = randomFigures(random(repetition));

        StandardRating rating = LowestKeyQuestionPolicy.rate(figures);

        Rating lowest = figures.stream().filter(KeyQuestionFigure::hasRelevantCases)
                .map(KeyQuestionBandPolicy::bandOf).min(Enum::compareTo).orElse(null);
        assertThat(rating.rating().orElse(null)).isEqualTo(lowest);
    }

    @RepeatedTest(200)
    void theScoreIsTheSumOfTheStandardsScores(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        LinkedHashMap<String, Optional<Rating>> ratings = new LinkedHashMap<>();
        int sum = 0;
        for (int i = 1; i <= 12; i++) {
            Rating rating = Rating.values()[random.nextInt(4)];
            ratings.put("s" + i, Optional.of(rating));
            sum += rating.score();
        }

        OverallRating overall = OverallRatingPolicy.rate(ratings);

        assertThat(overall.score()).isEqualTo(sum);
        assertThat(overall.rating()).contains(OverallRatingPolicy.band(sum, 36));
    }

    @RepeatedTest(200)
    void theNearBoundaryTriggerIsSymmetricAboutEachBoundary(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        int boundary = KeyQuestionBandPolicy.BOUNDARIES.get(random.nextInt(3));
        double distance = random.nextInt(0, 100) / 10.0;

        boolean below = near(boundary - distance);
        boolean above = near(boundary + distance);

        assertThat(below).as("%s points either side of %s", distance, boundary).isEqualTo(above);
        assertThat(below).isEqualTo(distance <= 5.0);
    }

    @RepeatedTest(200)
    void aTriggerFromOneCaseHoldsFromBothSidesOfTheBoundary(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        int relevant = random.nextInt(1, 40);
        int yes = random.nextInt(0, relevant);
        KeyQuestionFigure lower = KeyQuestionFigure.counted(null, yes, relevant);
        KeyQuestionFigure upper = lower.withOneCaseJudgedDifferently(+1);
        boolean bandsDiffer = KeyQuestionBandPolicy.bandOf(lower) != KeyQuestionBandPolicy.bandOf(upper);

        if (bandsDiffer) {
            assertThat(triggers(lower).holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
            assertThat(triggers(upper).holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
        }
    }

    private static boolean near(double percent) {
        KeyQuestionFigure figure = KeyQuestionFigure.percentOnly(null, Math.max(0, Math.min(100, percent)));
        return triggers(figure).holds(DiscretionTrigger.NEAR_BOUNDARY);
    }

    private static DiscretionTriggers triggers(KeyQuestionFigure figure) {
        List<KeyQuestionFigure> figures = List.of(figure);
        return DiscretionTriggerPolicy.evaluate(LowestKeyQuestionPolicy.rate(figures), figures);
    }

    private static List<KeyQuestionFigure> randomFigures(SplittableRandom random) {
        List<KeyQuestionFigure> figures = new ArrayList<>();
        int count = random.nextInt(1, 4);
        for (int i = 0; i < count; i++) {
            int relevant = random.nextInt(0, 30);
            figures.add(KeyQuestionFigure.counted(null, relevant == 0 ? 0 : random.nextInt(0, relevant + 1), relevant));
        }
        return figures;
    }

    private static int rank(StandardRating rating) {
        return rating.rating().map(Enum::ordinal).orElse(-1);
    }
}
