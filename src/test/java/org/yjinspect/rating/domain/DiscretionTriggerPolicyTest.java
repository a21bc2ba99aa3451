package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscretionTriggerPolicyTest {

    @Test
    void plymouthCourtAssessmentRaisesTheSmallSampleAndOneCaseTriggers() {
        List<KeyQuestionFigure> figures = List.of(counted(4, 4), counted(3, 4), counted(2, 4));

        DiscretionTriggers triggers = evaluate(figures);

        assertThat(triggers.holds(DiscretionTrigger.SMALL_SAMPLE)).isTrue();
        assertThat(triggers.holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
        assertThat(triggers.holds(DiscretionTrigger.NEAR_BOUNDARY)).isTrue();
    }

    @Test
    void plymouthOutOfCourtAssessmentIsNearTheGoodBoundaryAndOneCaseWouldMoveIt() {
        List<KeyQuestionFigure> figures = List.of(counted(7, 8), counted(5, 8), counted(7, 8));

        DiscretionTriggers triggers = evaluate(figures);

        assertThat(triggers.holds(DiscretionTrigger.NEAR_BOUNDARY)).isTrue();
        assertThat(triggers.holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
        assertThat(triggers.holds(DiscretionTrigger.SMALL_SAMPLE)).isFalse();
        assertThat(triggers.summary()).contains("2.5 points from the 65% boundary").contains("6/8 would be Good");
    }

    @Test
    void aFigureFarFromEveryBoundaryOnALargeSampleRaisesNothing() {
        DiscretionTriggers triggers = evaluate(List.of(counted(36, 40), counted(29, 40), counted(40, 40)));

        assertThat(triggers.any()).isFalse();
        assertThat(triggers.summary()).isEqualTo("no discretion trigger holds");
    }

    @Test
    void nearnessToABoundaryCountsFromBothSides() {
        assertThat(evaluate(List.of(percent(45))).holds(DiscretionTrigger.NEAR_BOUNDARY)).isTrue();
        assertThat(evaluate(List.of(percent(55))).holds(DiscretionTrigger.NEAR_BOUNDARY)).isTrue();
        assertThat(evaluate(List.of(percent(44.9))).holds(DiscretionTrigger.NEAR_BOUNDARY)).isFalse();
        assertThat(evaluate(List.of(percent(57.6))).holds(DiscretionTrigger.NEAR_BOUNDARY)).isFalse();
    }

    @Test
    void oneFewerYesCountsAsMuchAsOneMore() {
        DiscretionTriggers triggers = evaluate(List.of(counted(13, 20)));

        assertThat(triggers.holds(DiscretionTrigger.ONE_CASE_CHANGES_BAND)).isTrue();
        assertThat(triggers.summary()).contains("one fewer case judged 'Yes', 12/20 would be Requires improvement");
    }

    @Test
    void aPrintedPercentageWithoutCasesSaysWhatCouldNotBeChecked() {
        DiscretionTriggers triggers = evaluate(List.of(percent(71)));

        assertThat(triggers.any()).isFalse();
        assertThat(triggers.notChecked()).singleElement().asString().contains("no case count");
    }

    private static DiscretionTriggers evaluate(List<KeyQuestionFigure> figures) {
        return DiscretionTriggerPolicy.evaluate(LowestKeyQuestionPolicy.rate(figures), figures);
    }

    private static KeyQuestionFigure counted(int yes, int relevant) {
        return KeyQuestionFigure.counted(null, yes, relevant);
    }

    private static KeyQuestionFigure percent(double percent) {
        return KeyQuestionFigure.percentOnly(null, percent);
    }
}
