package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;

class AgreementStrengthConventionTest {
    private static String band(double value) {
        return AgreementStrengthConvention.of("kappa", new Estimate(value, null, null, "test")).value();
    }

    /** Landis and Koch (1977), Biometrics 33, 159-174, p. 165: the bands as they printed them. */
    @Test
    void theBandsAreLandisAndKochs() {
        assertThat(band(-0.10)).isEqualTo("poor");
        assertThat(band(0.00)).isEqualTo("slight");
        assertThat(band(0.20)).isEqualTo("slight");
        assertThat(band(0.21)).isEqualTo("fair");
        assertThat(band(0.40)).isEqualTo("fair");
        assertThat(band(0.41)).isEqualTo("moderate");
        assertThat(band(0.60)).isEqualTo("moderate");
        assertThat(band(0.61)).isEqualTo("substantial");
        assertThat(band(0.80)).isEqualTo("substantial");
        assertThat(band(0.81)).isEqualTo("almost perfect");
        assertThat(band(1.00)).isEqualTo("almost perfect");
    }

    /** 0.404 is printed "0.40", so it is called fair, not moderate; 0.405 is printed "0.41". */
    @Test
    void theBandMatchesTheNumberAsPrinted() {
        assertThat(band(0.404)).isEqualTo("fair");
        assertThat(band(0.4051)).isEqualTo("moderate");
        assertThat(band(-0.004)).isEqualTo("slight");
    }

    @Test
    void theWordsSayItIsAConvention() {
        Ruling<String> ruling = AgreementStrengthConvention.of("AC1", new Estimate(0.58, 0.48, 0.67, "test"));

        assertThat(ruling.rule()).contains("convention");
        assertThat(ruling.reason()).isEqualTo(
                "AC1 0.58 is \"moderate\" on the Landis and Koch (1977) scale, a convention for describing the size, not a test.");
    }

    @Test
    void noFigureNoWords() {
        Ruling<String> ruling = AgreementStrengthConvention.of("kappa", Estimate.notComputed("none"));

        assertThat(ruling.value()).isNull();
        assertThat(ruling.reason()).isEqualTo("No kappa to describe.");
    }
}
