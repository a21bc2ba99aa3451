package org.yjinspect.published.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseFigureTest {
    @Test
    void aCountedFigurePrintsItsPercentageAsTheReportsDoHalvesUp() {
        assertThat(CaseFigure.counted(5, 8).percent()).isEqualTo(63);
        assertThat(CaseFigure.counted(1, 8).percent()).isEqualTo(13);
        assertThat(CaseFigure.counted(2, 3).percent()).isEqualTo(67);
        assertThat(CaseFigure.counted(0, 0).percent()).isNull();
    }

    @Test
    void moreYesCasesThanRelevantCasesCannotBe() {
        assertThatThrownBy(() -> CaseFigure.counted(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseFigure.printed(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCountsOrAPrintedPercentageCanBeRated() {
        assertThat(CaseFigure.counted(3, 4).rateable()).isTrue();
        assertThat(CaseFigure.printed(75).rateable()).isTrue();
        assertThat(CaseFigure.yesOnly(3).rateable()).as("'Yes' cases without relevant cases").isFalse();
    }

    @Test
    void theExactShareIsUsedWhereCountsAreKnown() {
        assertThat(CaseFigure.counted(5, 8).exactPercent()).isEqualTo(62.5);
        assertThat(CaseFigure.printed(63).exactPercent()).isEqualTo(63.0);
    }
}
