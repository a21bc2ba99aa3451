package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

class SampleSizePolicyTest {
    private final SampleSizePolicy defaults = SampleSizePolicy.DEFAULT;

    /** The table in framework-rules.md section 3.1, which the seed reports' sample sizes fit. */
    @ParameterizedTest(name = "N = {0} gives n = {1}")
    @CsvSource({"1,1", "5,5", "7,7", "8,8", "10,10", "15,14", "20,18", "27,24", "30,26", "50,39",
        "100,63", "200,91", "500,124"})
    void eightyPercentConfidenceAndFivePointMarginMatchTheInferredTable(int population, int expected) {
        assertThat(defaults.sizeFor(population).n()).isEqualTo(expected);
    }

    @Test
    void everyCaseIsTakenUpToEightCases() {
        for (int population = 1; population <= 8; population++) {
            assertThat(defaults.sizeFor(population).n()).isEqualTo(population);
        }
    }

    @Test
    void theWorkingShowsEachStepOfTheFormula() {
        String working = defaults.sizeFor(50).working();
        assertThat(working).contains("N = 50", "z = 1.2816", "80% confidence", "e = 0.05", "n0 = z²·p(1−p)/e² = 164.25",
                "= 38.51", "rounded up to 39");
    }

    @Test
    void theMinimumRaisesAndTheMaximumCapsTheSizeButNeverAboveThePopulation() {
        SampleSizePolicy bounded = new SampleSizePolicy(80, 5, 14, 91);
        assertThat(bounded.sizeFor(10).n()).isEqualTo(10);
        assertThat(bounded.sizeFor(10).working()).contains("raised to the minimum of 14", "all 10 eligible");
        assertThat(bounded.sizeFor(16).n()).isEqualTo(15);
        assertThat(bounded.sizeFor(1000).n()).isEqualTo(91);
        assertThat(bounded.sizeFor(1000).working()).contains("capped at the maximum of 91");
    }

    @Test
    void higherConfidenceAndNarrowerMarginsNeedMoreCases() {
        assertThat(new SampleSizePolicy(95, 5, 0, SampleSizePolicy.NO_MAXIMUM).sizeFor(500).n())
                .isGreaterThan(defaults.sizeFor(500).n());
        assertThat(new SampleSizePolicy(80, 3, 0, SampleSizePolicy.NO_MAXIMUM).sizeFor(500).n())
                .isGreaterThan(defaults.sizeFor(500).n());
    }

    @Test
    void noEligibleCasesMeansNoSample() {
        assertThat(defaults.sizeFor(0).n()).isZero();
        assertThat(defaults.sizeFor(0).working()).contains("no eligible cases");
    }

    @Test
    void unsupportedSettingsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> new SampleSizePolicy(82, 5, 0, 10)).isInstanceOf(Problem.class).hasMessageContaining("82");
        assertThatThrownBy(() -> new SampleSizePolicy(80, 0, 0, 10)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> new SampleSizePolicy(80, 5, 20, 10)).isInstanceOf(Problem.class);
    }
}
