package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GwetAc1Test {
    private static Estimate ac1(List<PairedAnswer> pairs, List<String> possible) {
        return GwetAc1.of(AnswerTable.of(pairs, possible));
    }

    /**
     * Gwet's paradox table (CrossTables.gwetParadox), worked by hand: n = 125, pa = 118/125 = .944;
     * first reading + 123/125 = .984, second + 120/125 = .96; pi+ = (.984 + .96)/2 = .972, pi- = .028;
     * pe = [.972 x .028 + .028 x .972] / (2 - 1) = .054432; AC1 = (.944 - .054432)/(1 - .054432)
     * = .889568/.945568 = 0.94078, where kappa is -0.023 (pe = .984 x .96 + .016 x .04 = .94528).
     */
    @Test
    void gwetsParadoxTableGivesAHighAc1WhereKappaIsBelowZero() {
        List<PairedAnswer> pairs = CrossTables.gwetParadox();

        assertThat(ac1(pairs, List.of()).value()).isCloseTo(0.889568 / 0.945568, within(1e-12));
        assertThat(CohenKappa.of(AnswerTable.of(pairs, List.of())).value())
                .isCloseTo((0.944 - 0.94528) / (1 - 0.94528), within(1e-12));
    }

    /**
     * Feinstein and Cicchetti's one-sided table 80 10 / 5 5, AC1 and Gwet's (2008) variance by hand:
     * pa = .85; pi1 = (.90 + .85)/2 = .875, pi2 = .125; pe = 2 x .875 x .125 = .21875;
     * AC1 = (.85 - .21875)/.78125 = 0.808, 1 - AC1 = .192.
     * sum_k p_kk(1 - pi_k) = .80 x .125 + .05 x .875 = .14375; minus pa pe (.1859375) = -.0421875.
     * sum_kl p_kl(1 - (pi_k + pi_l)/2)² = .80(.125)² + .10(.5)² + .05(.5)² + .05(.875)²
     *   = .0125 + .025 + .0125 + .03828125 = .08828125; minus pe² (.0478515625) = .0404296875.
     * var = [.85 x .15 - 4(.192)(-.0421875) + 4(.192)²(.0404296875)] / (100 x .78125²)
     *     = [.1275 + .0324 + .0059616] / 61.03515625 = .1658616 / 61.03515625 = .0027175;
     * se = .052129; interval .808 -/+ 1.95996 x .052129 = 0.7058 to 0.9102.
     */
    @Test
    void theIntervalUsesGwetsVarianceForTwoReaders() {
        Estimate ac1 = ac1(CrossTables.feinsteinCicchettiOneWay(), List.of());

        assertThat(ac1.value()).isCloseTo(0.808, within(1e-12));
        assertThat(ac1.lower()).isCloseTo(0.7058, within(5e-4));
        assertThat(ac1.upper()).isCloseTo(0.9102, within(5e-4));
        assertThat(ac1.explanation()).contains("0.81", "0.71 to 0.91", "Gwet 2008");
    }

    @Test
    void everyAnswerTheSameWithNoOtherAnswerPossibleGivesNoAc1AndSaysWhy() {
        Estimate ac1 = ac1(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES")), List.of());

        assertThat(ac1.computed()).isFalse();
        assertThat(ac1.explanation()).contains("Both answers were YES", "at least two possible answers");
    }

    /**
     * The same answers with YES and NO possible: pi_YES = 1, pi_NO = 0, pe = 0, AC1 = (1 - 0)/1 = 1;
     * the variance is 0 (pa(1 - pa) = 0 and both brackets are multiplied by 1 - AC1 = 0).
     */
    @Test
    void everyAnswerTheSameWithAnotherAnswerPossibleGivesAc1OfOne() {
        Estimate ac1 = ac1(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES")), List.of("YES", "NO"));

        assertThat(ac1.value()).isEqualTo(1.0);
        assertThat(ac1.lower()).isEqualTo(1.0);
        assertThat(ac1.explanation()).contains("not certainty");
    }

    /**
     * One category unused: 3 YES/YES, 1 NO/NO, 1 YES/NO. Seen only (q = 2): pi_YES = (4/5 + 3/5)/2 = .7,
     * pi_NO = .3, pe = (.21 + .21)/1 = .42, AC1 = (.8 - .42)/.58 = 0.65517. With NOT_APPLICABLE possible
     * too (q = 3, pi_NA = 0): pe = .42/2 = .21, AC1 = (.8 - .21)/.79 = 0.74684.
     */
    @Test
    void aPossibleAnswerNobodyGaveCountsAmongAc1sPossibleAnswers() {
        List<PairedAnswer> pairs = List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"),
                new PairedAnswer("YES", "YES"), new PairedAnswer("NO", "NO"), new PairedAnswer("YES", "NO"));

        assertThat(ac1(pairs, List.of()).value()).isCloseTo(0.38 / 0.58, within(1e-12));
        assertThat(ac1(pairs, List.of("YES", "NO", "NOT_APPLICABLE")).value()).isCloseTo(0.59 / 0.79, within(1e-12));
    }

    /** One answer YES then NO: pa = 0, pi = .5 each, pe = .5, AC1 = -.5/.5 = -1; no interval from one answer. */
    @Test
    void oneAnswerGivesAnAc1WithoutAnInterval() {
        Estimate ac1 = ac1(List.of(new PairedAnswer("YES", "NO")), List.of());

        assertThat(ac1.value()).isCloseTo(-1.0, within(1e-12));
        assertThat(ac1.hasInterval()).isFalse();
    }
}
