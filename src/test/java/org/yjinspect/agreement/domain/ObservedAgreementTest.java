package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedAgreementTest {
    /** x agreeing answers out of n. */
    private static Estimate observed(int agreed, int n) {
        List<PairedAnswer> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(i < agreed ? new PairedAnswer("YES", "YES") : new PairedAnswer("YES", "NO"));
        }
        return ObservedAgreement.of(AnswerTable.of(pairs, List.of()));
    }

    /**
     * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17, 857-872, Table I, method 3 (Wilson score, no continuity
     * correction): 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611;
     * 1/29 -> 0.0061 to 0.1718.
     */
    @Test
    void theIntervalIsWilsonsAsTabulatedByNewcombe() {
        assertInterval(observed(81, 263), 0.2553, 0.3662);
        assertInterval(observed(15, 148), 0.0624, 0.1605);
        assertInterval(observed(0, 20), 0.0, 0.1611);
        assertInterval(observed(1, 29), 0.0061, 0.1718);
    }

    private static void assertInterval(Estimate estimate, double lower, double upper) {
        assertThat(estimate.lower()).isCloseTo(lower, within(6e-5));
        assertThat(estimate.upper()).isCloseTo(upper, within(6e-5));
    }

    /**
     * One agreeing answer: p = 1; z² = 3.8415, centre = (1 + 1.9207)/(1 + 3.8415) = .60326,
     * half-width = 1.96/4.8415 x sqrt(0 + 3.8415/4) = .40482 x .97999 = .39672: 0.2065 to 1.
     */
    @Test
    void oneAnswerStillHasAnInterval() {
        Estimate one = observed(1, 1);

        assertThat(one.value()).isEqualTo(1.0);
        assertThat(one.lower()).isCloseTo(0.2065, within(1e-4));
        assertThat(one.upper()).isEqualTo(1.0);
        assertThat(one.explanation()).isEqualTo(
                "The readings agreed on 1 of 1 answer: 100% (95% confidence interval 21% to 100%, Wilson score interval).");
    }

    /** Cohen's table: 140 of 200, p = .70; Wilson 0.6332 to 0.7593 (same formula as above, by hand). */
    @Test
    void theWordsGiveTheCountThePercentageAndTheInterval() {
        Estimate estimate = ObservedAgreement.of(AnswerTable.of(CrossTables.cohen1960(), List.of()));

        assertThat(estimate.value()).isCloseTo(0.70, within(1e-12));
        assertInterval(estimate, 0.6332, 0.7593);
        assertThat(estimate.explanation()).isEqualTo(
                "The readings agreed on 140 of 200 answers: 70% (95% confidence interval 63% to 76%, Wilson score interval).");
    }

    @Test
    void nothingReadTwiceGivesNothingToSay() {
        Estimate none = ObservedAgreement.of(AnswerTable.of(List.of(), List.of()));

        assertThat(none.computed()).isFalse();
        assertThat(none.hasInterval()).isFalse();
        assertThat(none.explanation()).contains("No answer was read twice");
    }
}
