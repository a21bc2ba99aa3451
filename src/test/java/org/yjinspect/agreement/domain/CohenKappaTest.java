package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {
    private static Estimate kappa(List<PairedAnswer> pairs) {
        return CohenKappa.of(AnswerTable.of(pairs, List.of()));
    }

    /**
     * Cohen (1960) Table 1 (see CrossTables.cohen1960): po = .44 + .20 + .06 = .70;
     * marginals rows .60 .30 .10, columns .50 .30 .20; pe = .60x.50 + .30x.30 + .10x.20 = .41;
     * kappa = (.70 - .41) / (1 - .41) = .29 / .59 = 0.49153 (Cohen prints .492).
     * Fleiss, Cohen and Everitt (1969) variance, worked by hand (1 - kappa = .50847):
     * A = .44[1 - 1.10(.50847)]² + .20[1 - .60(.50847)]² + .06[1 - .30(.50847)]²
     *   = .44(.44068)² + .20(.69492)² + .06(.84746)² = .08545 + .09658 + .04309 = .22512
     * B = (.50847)² [.07(.50+.30)² + .09(.50+.10)² + .05(.30+.60)² + .05(.30+.10)² + .01(.20+.60)² + .03(.20+.30)²]
     *   = .25855 [.0448 + .0324 + .0405 + .0080 + .0064 + .0075] = .25855 x .1396 = .03609
     * C = [.49153 - .41(.50847)]² = (.28305)² = .08012
     * var = (.22512 + .03609 - .08012) / (200 x .59²) = .18109 / 69.62 = .0026012, se = .05100;
     * 95% interval .49153 -/+ 1.95996 x .05100 = 0.3916 to 0.5915.
     * (Cohen's own approximate se, sqrt(po(1-po)/(n(1-pe)²)) = .0549, is a different, cruder formula.)
     */
    @Test
    void cohensOwnTableGivesHisKappaAndTheFleissCohenEverittInterval() {
        Estimate kappa = kappa(CrossTables.cohen1960());

        assertThat(kappa.value()).isCloseTo(0.29 / 0.59, within(1e-12));
        assertThat(kappa.lower()).isCloseTo(0.3916, within(5e-4));
        assertThat(kappa.upper()).isCloseTo(0.5915, within(5e-4));
        assertThat(kappa.explanation()).contains("0.49", "0.39 to 0.59", "Fleiss, Cohen and Everitt 1969", "n = 200");
    }

    /**
     * Feinstein and Cicchetti (1990): both tables agree on 85%. (a) 40 9 / 6 45: pe = .49x.46 + .51x.54
     * = .5008, kappa = (.85 - .5008)/.4992 = 0.6995 (they print .70). (b) 80 10 / 5 5: pe = .90x.85 +
     * .10x.15 = .78, kappa = .07/.22 = 0.3182 (they print .32).
     */
    @Test
    void theSameAgreementGivesVeryDifferentKappasWhenTheAnswersAreOneSided() {
        assertThat(kappa(CrossTables.feinsteinCicchettiBalanced()).value()).isCloseTo(0.3492 / 0.4992, within(1e-12));
        assertThat(kappa(CrossTables.feinsteinCicchettiOneWay()).value()).isCloseTo(0.07 / 0.22, within(1e-12));
    }

    @Test
    void everyAnswerTheSameInBothReadingsGivesNoKappaAndSaysWhy() {
        Estimate kappa = kappa(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"),
                new PairedAnswer("YES", "YES")));

        assertThat(kappa.computed()).isFalse();
        assertThat(kappa.explanation()).contains("All 3 answers were YES in both readings", "Kappa cannot be computed",
                "Observed agreement 100%");
    }

    @Test
    void aPossibleAnswerNobodyGaveDoesNotMakeKappaComputable() {
        Estimate kappa = CohenKappa.of(AnswerTable.of(List.of(new PairedAnswer("NO", "NO"), new PairedAnswer("NO", "NO")),
                List.of("YES", "NO", "NOT_APPLICABLE")));

        assertThat(kappa.computed()).isFalse();
        assertThat(kappa.explanation()).contains("Both answers were NO in both readings");
    }

    /** One answer YES then NO: po = 0, pe = 1x0 + 0x1 = 0, kappa = 0; one answer gives no interval. */
    @Test
    void oneAnswerGivesAKappaWithoutAnInterval() {
        Estimate kappa = kappa(List.of(new PairedAnswer("YES", "NO")));

        assertThat(kappa.value()).isEqualTo(0.0);
        assertThat(kappa.hasInterval()).isFalse();
        assertThat(kappa.explanation()).contains("single answer", "no confidence interval");
    }

    /**
     * Two answers, crossed (YES/NO, NO/YES): po = 0, pe = .5x.5 + .5x.5 = .5, kappa = -.5/.5 = -1, the
     * least it can be. Variance: A = 0; B = (2)² [.5(.5+.5)² + .5(.5+.5)²] = 4; C = (-1 - .5x2)² = 4;
     * var = 0: the interval is a point, and the words say that is not certainty.
     */
    @Test
    void twoCrossedAnswersGiveKappaMinusOneAndSayTheIntervalIsAFormulaLimit() {
        Estimate kappa = kappa(List.of(new PairedAnswer("YES", "NO"), new PairedAnswer("NO", "YES")));

        assertThat(kappa.value()).isCloseTo(-1.0, within(1e-12));
        assertThat(kappa.lower()).isCloseTo(-1.0, within(1e-12));
        assertThat(kappa.upper()).isCloseTo(-1.0, within(1e-12));
        assertThat(kappa.explanation()).contains("not certainty");
    }

    /**
     * A category only the second reader used: 3 x YES/YES, 1 x YES/NOT_RELEVANT. Rows YES 1, NR 0;
     * columns YES .75, NR .25; po = .75, pe = .75, kappa = 0 (every agreement is what chance gives).
     */
    @Test
    void aCategoryOnlyOneReaderUsedIsCountedNotDropped() {
        Estimate kappa = kappa(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"),
                new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "NOT_RELEVANT")));

        assertThat(kappa.value()).isCloseTo(0.0, within(1e-12));
        assertThat(kappa.lower()).isLessThanOrEqualTo(0.0);
        assertThat(kappa.upper()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void nothingReadTwiceGivesNothingToSay() {
        assertThat(kappa(List.of()).computed()).isFalse();
        assertThat(kappa(List.of()).explanation()).contains("nothing to say");
    }
}
