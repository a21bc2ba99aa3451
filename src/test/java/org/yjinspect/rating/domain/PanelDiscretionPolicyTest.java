package org.yjinspect.rating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;

class PanelDiscretionPolicyTest {
    private static final List<KeyQuestionFigure> NEAR_BOUNDARY = List.of(KeyQuestionFigure.counted(null, 7, 8),
            KeyQuestionFigure.counted(null, 5, 8));
    private static final List<KeyQuestionFigure> FAR_FROM_BOUNDARIES = List.of(KeyQuestionFigure.counted(null, 29, 40));

    @Test
    void withoutAPanelDecisionTheComputedRatingStands() {
        Ruling<PanelOutcome> ruling = decide(NEAR_BOUNDARY, Optional.empty());

        assertThat(ruling.value().refused()).isFalse();
        assertThat(ruling.value().moved()).isFalse();
        assertThat(ruling.value().finalRating()).contains(Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void thePanelMayRaiseARatingOneBandWhenATriggerHoldsAndItGivesItsReason() {
        Ruling<PanelOutcome> ruling = decide(NEAR_BOUNDARY, panel(Rating.GOOD, "not representative of the work seen"));

        assertThat(ruling.value().refused()).isFalse();
        assertThat(ruling.value().moved()).isTrue();
        assertThat(ruling.value().finalRating()).contains(Rating.GOOD);
        assertThat(ruling.reason()).contains("from Requires improvement to Good").contains("not representative");
    }

    @Test
    void thePanelMayLowerARatingOneBandToo() {
        assertThat(decide(NEAR_BOUNDARY, panel(Rating.INADEQUATE, "weak practice")).value().finalRating())
                .contains(Rating.INADEQUATE);
    }

    @Test
    void aMoveWithNoTriggerIsRefused() {
        Ruling<PanelOutcome> ruling = decide(FAR_FROM_BOUNDARIES, panel(Rating.OUTSTANDING, "we liked it"));

        assertThat(ruling.value().refused()).isTrue();
        assertThat(ruling.value().kind()).isEqualTo(PanelOutcome.Kind.REFUSED);
        assertThat(ruling.reason()).startsWith("no discretion trigger holds");
        assertThat(ruling.rule()).isEqualTo(PanelDiscretionPolicy.RULE);
    }

    @Test
    void aRefusedDecisionLeavesTheComputedRatingStandingAndKeepsTheDecisionToShow() {
        Ruling<PanelOutcome> ruling = decide(FAR_FROM_BOUNDARIES, panel(Rating.OUTSTANDING, "we liked it"));

        assertThat(ruling.value().finalRating()).contains(Rating.GOOD);
        assertThat(ruling.value().moved()).isFalse();
        assertThat(ruling.value().decision()).map(PanelDecision::rating).contains(Rating.OUTSTANDING);
    }

    @Test
    void aMoveWithoutARationaleIsRefused() {
        Ruling<PanelOutcome> ruling = decide(NEAR_BOUNDARY, panel(Rating.GOOD, "  "));

        assertThat(ruling.value().refused()).isTrue();
        assertThat(ruling.reason()).contains("must record its rationale");
    }

    @Test
    void aMoveOfTwoBandsIsRefused() {
        assertThat(decide(NEAR_BOUNDARY, panel(Rating.OUTSTANDING, "exceptional")).reason())
                .contains("one band only");
    }

    @Test
    void confirmingTheComputedRatingNeedsNoTrigger() {
        Ruling<PanelOutcome> ruling = decide(FAR_FROM_BOUNDARIES, panel(Rating.GOOD, ""));

        assertThat(ruling.value().refused()).isFalse();
        assertThat(ruling.reason()).startsWith("The ratings panel confirmed");
    }

    @Test
    void aQualitativeRatingCannotBeMovedByDiscretion() {
        StandardRating judged = new StandardRating(Optional.of(Rating.GOOD), -1, "judged");

        Ruling<PanelOutcome> ruling = PanelDiscretionPolicy.decide(false, judged, DiscretionTriggers.NONE,
                panel(Rating.OUTSTANDING, "strong leadership"));

        assertThat(ruling.value().refused()).isTrue();
        assertThat(ruling.reason()).contains("only to case-based standards");
    }

    private static Ruling<PanelOutcome> decide(List<KeyQuestionFigure> figures, Optional<PanelDecision> decision) {
        StandardRating computed = LowestKeyQuestionPolicy.rate(figures);
        return PanelDiscretionPolicy.decide(true, computed, DiscretionTriggerPolicy.evaluate(computed, figures), decision);
    }

    private static Optional<PanelDecision> panel(Rating rating, String rationale) {
        return Optional.of(new PanelDecision(rating, rationale));
    }
}
