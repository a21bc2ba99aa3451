package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelDiscretionPolicyTest {
    private static final List<KeyQuestionFigure> NEAR_BOUNDARY = List.of(KeyQuestionFigure.counted(null, 7, 8),
            KeyQuestionFigure.counted(null, 5, 8));
    private static final List<KeyQuestionFigure> FAR_FROM_BOUNDARIES = List.of(KeyQuestionFigure.counted(null, 29, 40));

    @Test
    void withoutAPanelDecisionTheComputedRatingStands() {
        PanelRuling ruling = decide(NEAR_BOUNDARY, Optional.empty());

        assertThat(ruling.accepted()).isTrue();
        assertThat(ruling.moved()).isFalse();
        assertThat(ruling.finalRating()).contains(Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void thePanelMayRaiseARatingOneBandWhenATriggerHoldsAndItGivesItsReason() {
        PanelRuling ruling = decide(NEAR_BOUNDARY, panel(Rating.GOOD, "not representative of the work seen"));

        assertThat(ruling.accepted()).isTrue();
        assertThat(ruling.moved()).isTrue();
        assertThat(ruling.finalRating()).contains(Rating.GOOD);
        assertThat(ruling.reason()).contains("from Requires improvement to Good").contains("not representative");
    }

    @Test
    void thePanelMayLowerARatingOneBandToo() {
        assertThat(decide(NEAR_BOUNDARY, panel(Rating.INADEQUATE, "weak practice")).finalRating())
                .contains(Rating.INADEQUATE);
    }

    @Test
    void aMoveWithNoTriggerIsRefused() {
        PanelRuling ruling = decide(FAR_FROM_BOUNDARIES, panel(Rating.OUTSTANDING, "we liked it"));

        assertThat(ruling.accepted()).isFalse();
        assertThat(ruling.reason()).startsWith("no discretion trigger holds");
    }

    @Test
    void aMoveWithoutARationaleIsRefused() {
        PanelRuling ruling = decide(NEAR_BOUNDARY, panel(Rating.GOOD, "  "));

        assertThat(ruling.accepted()).isFalse();
        assertThat(ruling.reason()).contains("must record its rationale");
    }

    @Test
    void aMoveOfTwoBandsIsRefused() {
        assertThat(decide(NEAR_BOUNDARY, panel(Rating.OUTSTANDING, "exceptional")).reason())
                .contains("one band only");
    }

    @Test
    void confirmingTheComputedRatingNeedsNoTrigger() {
        PanelRuling ruling = decide(FAR_FROM_BOUNDARIES, panel(Rating.GOOD, ""));

        assertThat(ruling.accepted()).isTrue();
        assertThat(ruling.reason()).startsWith("The ratings panel confirmed");
    }

    @Test
    void aQualitativeRatingCannotBeMovedByDiscretion() {
        StandardRating judged = new StandardRating(Optional.of(Rating.GOOD), -1, "judged");

        PanelRuling ruling = PanelDiscretionPolicy.decide(false, judged, DiscretionTriggers.NONE,
                panel(Rating.OUTSTANDING, "strong leadership"));

        assertThat(ruling.accepted()).isFalse();
        assertThat(ruling.reason()).contains("only to case-based standards");
    }

    private static PanelRuling decide(List<KeyQuestionFigure> figures, Optional<PanelDecision> decision) {
        StandardRating computed = LowestKeyQuestionPolicy.rate(figures);
        return PanelDiscretionPolicy.decide(true, computed, DiscretionTriggerPolicy.evaluate(computed, figures), decision);
    }

    private static Optional<PanelDecision> panel(Rating rating, String rationale) {
        return Optional.of(new PanelDecision(rating, rationale));
    }
}
