package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsFromPrintedPercentPolicyTest {

    @Test
    void sixtyThreePercentOfEightCasesIsReadAsFiveOfEight() {
        KeyQuestionFigure figure = CountsFromPrintedPercentPolicy.infer(KeyQuestionFigure.percentOnly("kq", 63), 8);

        assertThat(figure.yes()).isEqualTo(5);
        assertThat(figure.relevant()).isEqualTo(8);
        assertThat(figure.countsInferred()).isTrue();
        assertThat(figure.exactPercent()).isEqualTo(62.5);
    }

    @Test
    void aPercentageNoCountCanPrintStaysAsPrinted() {
        KeyQuestionFigure figure = CountsFromPrintedPercentPolicy.infer(KeyQuestionFigure.percentOnly("kq", 60), 8);

        assertThat(figure.hasCounts()).isFalse();
        assertThat(figure.printedPercent()).isEqualTo(60);
    }

    @Test
    void withoutACaseCountNothingIsInferred() {
        assertThat(CountsFromPrintedPercentPolicy.infer(KeyQuestionFigure.percentOnly("kq", 50), null).hasCounts())
                .isFalse();
    }

    @Test
    void aPercentageThatSeveralCountsPrintAsIsLeftAlone() {
        assertThat(CountsFromPrintedPercentPolicy.infer(KeyQuestionFigure.percentOnly("kq", 50), 250).hasCounts())
                .isFalse();
    }
}
