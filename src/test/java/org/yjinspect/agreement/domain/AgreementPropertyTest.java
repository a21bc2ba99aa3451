package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Seeded property tests of the figures over random readings: 1 to 4 answers (N/A and not relevant
 * among them), from evenly spread to almost all one way, 1 to 80 answers, readers who mostly agree
 * or mostly do not. Each run logs its seed; replay with -Dyjinspect.seed=N.
 */
class AgreementPropertyTest {
    private static final long BASE_SEED = Long.getLong("yjinspect.seed", System.nanoTime());
    private static final List<String> ANSWERS = List.of("YES", "NO", "NOT_APPLICABLE", "NOT_RELEVANT");

    @BeforeAll
    static void logSeed() {
        System.out.println("AgreementPropertyTest base seed " + BASE_SEED + " (replay: -Dyjinspect.seed=" + BASE_SEED + ")");
    }

    private static SplittableRandom random(RepetitionInfo repetition) {
        return new SplittableRandom(BASE_SEED + repetition.getCurrentRepetition());
    }

    @RepeatedTest(300)
    void aReadingAgreesWithItselfCompletely(RepetitionInfo repetition) {
        List<PairedAnswer> readings = RandomReadings.of(random(repetition));
        List<PairedAnswer> itself = readings.stream().map(p -> new PairedAnswer(p.first(), p.first())).toList();

        AgreementFigures figures = AgreementFigures.of(itself);

        assertThat(figures.observed().value()).isEqualTo(1.0);
        boolean severalAnswers = figures.table().categoriesUsed().size() > 1;
        assertThat(figures.kappa().computed()).isEqualTo(severalAnswers);
        assertThat(figures.ac1().computed()).isEqualTo(severalAnswers);
        if (severalAnswers) {
            assertThat(figures.kappa().value()).isCloseTo(1.0, within(1e-12));
            assertThat(figures.ac1().value()).isCloseTo(1.0, within(1e-12));
        }
        // With another answer possible, AC1 is defined even when every answer is the same.
        assertThat(AgreementFigures.of(itself, ANSWERS).ac1().value()).isCloseTo(1.0, within(1e-12));
    }

    @RepeatedTest(300)
    void swappingTheReadersChangesNoFigure(RepetitionInfo repetition) {
        List<PairedAnswer> readings = RandomReadings.of(random(repetition));
        List<PairedAnswer> swapped = readings.stream().map(p -> new PairedAnswer(p.second(), p.first())).toList();

        AgreementFigures figures = AgreementFigures.of(readings);
        AgreementFigures other = AgreementFigures.of(swapped);

        assertSame(figures.observed(), other.observed());
        assertSame(figures.kappa(), other.kappa());
        assertSame(figures.ac1(), other.ac1());
        assertThat(other.kappaParadox().value()).isEqualTo(figures.kappaParadox().value());
    }

    @RepeatedTest(300)
    void everyFigureStaysInItsRangeAndInsideItsInterval(RepetitionInfo repetition) {
        AgreementFigures figures = AgreementFigures.of(RandomReadings.of(random(repetition)));

        assertInRange(figures.observed(), 0, 1);
        assertInRange(figures.kappa(), -1, 1);
        assertInRange(figures.ac1(), -1, 1);
        assertThat(figures.summary()).doesNotContain("NaN", "Infinity");
    }

    @RepeatedTest(200)
    void theOrderOfTheAnswersChangesNothing(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        List<PairedAnswer> readings = RandomReadings.of(random);
        List<PairedAnswer> shuffled = new ArrayList<>(readings);
        Collections.shuffle(shuffled, new Random(random.nextLong()));

        assertThat(AgreementFigures.of(shuffled)).isEqualTo(AgreementFigures.of(readings));
    }

    /**
     * Kappa's (Fleiss, Cohen and Everitt 1969) and AC1's (Gwet 2008) variances are both the delta-method
     * variance of the coefficient over the multinomial cell shares: var = (sum p g² - (sum p g)²)/n
     * with g the derivative of the coefficient by each cell share. Here g is taken numerically from
     * the coefficients' definitions, written again independently in {@link DeltaMethod}.
     */
    @RepeatedTest(300)
    void theIntervalsAreTheDeltaMethodIntervals(RepetitionInfo repetition) {
        List<PairedAnswer> readings = RandomReadings.of(random(repetition));
        AgreementFigures figures = AgreementFigures.of(readings);

        checkAgainstDeltaMethod(figures.kappa(), DeltaMethod.standardError(readings, DeltaMethod::kappa));
        checkAgainstDeltaMethod(figures.ac1(), DeltaMethod.standardError(readings, DeltaMethod::ac1));
    }

    private static void checkAgainstDeltaMethod(Estimate estimate, double standardError) {
        if (!estimate.hasInterval() || estimate.lower() <= -1 || estimate.upper() >= 1) {
            return; // not computed, one answer only, or cut to the range: the width is not the formula's
        }
        double halfWidth = (estimate.upper() - estimate.lower()) / 2;
        assertThat(halfWidth).isCloseTo(ConfidenceInterval.Z * standardError, within(1e-6));
    }

    private static void assertSame(Estimate one, Estimate other) {
        assertThat(other.computed()).isEqualTo(one.computed());
        assertThat(other.hasInterval()).isEqualTo(one.hasInterval());
        if (one.computed()) {
            assertThat(other.value()).isCloseTo(one.value(), within(1e-12));
        }
        if (one.hasInterval()) {
            assertThat(other.lower()).isCloseTo(one.lower(), within(1e-9));
            assertThat(other.upper()).isCloseTo(one.upper(), within(1e-9));
        }
    }

    private static void assertInRange(Estimate estimate, double least, double most) {
        if (!estimate.computed()) {
            assertThat(estimate.explanation()).isNotBlank();
            return;
        }
        assertThat(estimate.value()).isBetween(least, most);
        if (estimate.hasInterval()) {
            assertThat(estimate.lower()).isBetween(least, estimate.value());
            assertThat(estimate.upper()).isBetween(estimate.value(), most);
        }
    }
}
