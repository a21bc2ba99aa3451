package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;

class KappaParadoxPolicyTest {
    private static Ruling<Boolean> paradox(List<PairedAnswer> pairs) {
        return AgreementFigures.of(pairs).kappaParadox();
    }

    /** Feinstein and Cicchetti (b): po .85, kappa .32, YES is (90 + 85)/200 = 87.5% of all answers. */
    @Test
    void highAgreementLowKappaAndOneSidedAnswersIsFlaggedWithWordsToShow() {
        Ruling<Boolean> ruling = paradox(CrossTables.feinsteinCicchettiOneWay());

        assertThat(ruling.value()).isTrue();
        assertThat(ruling.rule()).isEqualTo(KappaParadoxPolicy.RULE);
        assertThat(ruling.reason()).contains("agreed on 85% of answers", "88% of all answers were YES", "kappa (0.32)",
                "not disagreement between the readers", "AC1 (0.81)");
    }

    /** Feinstein and Cicchetti (a): the same 85% agreement, balanced answers, kappa .70: read it as it is. */
    @Test
    void theSameAgreementWithBalancedAnswersIsNotFlagged() {
        Ruling<Boolean> ruling = paradox(CrossTables.feinsteinCicchettiBalanced());

        assertThat(ruling.value()).isFalse();
        assertThat(ruling.reason()).contains("can be read as it is");
    }

    @Test
    void gwetsTableWithANegativeKappaIsFlagged() {
        assertThat(paradox(CrossTables.gwetParadox()).value()).isTrue();
    }

    /**
     * Just below the agreement threshold: 84 of 100 agree, answers one-sided, kappa low. Table 80 10 /
     * 6 4: po = .84 < .85, so not flagged even though kappa is low (pe = .90x.86 + .10x.14 = .788,
     * kappa = .052/.212 = .245) and YES is 88% of answers.
     */
    @Test
    void agreementBelowTheThresholdIsNotFlagged() {
        Ruling<Boolean> ruling = paradox(CrossTables.pairs(List.of("YES", "NO"), new int[][] {{80, 10}, {6, 4}}));

        assertThat(ruling.value()).isFalse();
    }

    /**
     * One-sided answers alone do not trigger the rule: 86 4 / 4 6 (n = 100): po = .92; rows and
     * columns .90/.10; pe = .81 + .01 = .82; kappa = .10/.18 = 0.556, YES 90% of answers. Kappa is
     * not low, so it is read as it is. And a low kappa on its own needs high agreement: 84 2 / 13 1 has
     * po = .85, pe = .86x.97 + .14x.03 = .8384, kappa = .0116/.1616 = 0.072, YES (86 + 97)/200 = 91.5%:
     * flagged.
     */
    @Test
    void oneSidedAnswersWithAKappaAboveTheThresholdAreReadAsTheyAre() {
        assertThat(paradox(CrossTables.pairs(List.of("YES", "NO"), new int[][] {{86, 4}, {4, 6}})).value()).isFalse();
        assertThat(paradox(CrossTables.pairs(List.of("YES", "NO"), new int[][] {{84, 2}, {13, 1}})).value()).isTrue();
    }

    @Test
    void withoutAKappaThereIsNothingToFlagAndTheReasonSaysWhy() {
        Ruling<Boolean> ruling = paradox(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES")));

        assertThat(ruling.value()).isNull();
        assertThat(ruling.reason()).contains("Both answers were YES in both readings", "Kappa cannot be computed");
    }
}
