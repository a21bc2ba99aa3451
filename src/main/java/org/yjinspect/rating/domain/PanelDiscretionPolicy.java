package org.yjinspect.rating.domain;

import java.util.Optional;

/**
 * Professional discretion by the ratings panel. It applies to case-based standards only; it
 * may move the computed rating one band up or down, and only when a discretion trigger holds
 * and a rationale is recorded. Confirming the computed rating is always allowed. The seeds only
 * show moves up by one band; allowing one band down too is our reading, kept symmetric.
 */
public final class PanelDiscretionPolicy {
    public static final String RULE = "Ratings panel discretion";

    private PanelDiscretionPolicy() {
    }

    public static PanelRuling decide(boolean caseBased, StandardRating computed, DiscretionTriggers triggers,
                                     Optional<PanelDecision> decision) {
        if (decision.isEmpty()) {
            return PanelRuling.stands(computed.rating(), "No panel decision recorded; the computed rating stands.");
        }
        PanelDecision panel = decision.get();
        if (computed.rating().equals(Optional.of(panel.rating()))) {
            return PanelRuling.stands(computed.rating(), "The ratings panel confirmed the computed rating"
                    + (panel.hasRationale() ? ": " + panel.rationale() : "."));
        }
        return refusal(caseBased, computed, triggers, panel).orElseGet(() -> new PanelRuling(true,
                Optional.of(panel.rating()), true, "The ratings panel moved the rating from "
                + computed.rating().orElseThrow().label() + " to " + panel.rating().label()
                + " because " + triggers.summary() + ". Rationale: " + panel.rationale()));
    }

    private static Optional<PanelRuling> refusal(boolean caseBased, StandardRating computed,
                                                 DiscretionTriggers triggers, PanelDecision panel) {
        if (!caseBased) {
            return reject("discretion applies only to case-based standards; a qualitative rating is "
                    + "the judgement itself");
        }
        if (computed.rating().isEmpty()) {
            return reject("the standard is not rated, so there is no rating for the panel to move");
        }
        int bands = Math.abs(panel.rating().bandsAbove(computed.rating().get()));
        if (bands > 1) {
            return reject("the panel may move a rating by one band only, not from "
                    + computed.rating().get().label() + " to " + panel.rating().label());
        }
        if (!triggers.any()) {
            return reject("no discretion trigger holds for the computed " + computed.rating().get().label()
                    + " (" + computed.reason() + ")");
        }
        if (!panel.hasRationale()) {
            return reject("a panel decision that moves a rating must record its rationale");
        }
        return Optional.empty();
    }

    private static Optional<PanelRuling> reject(String reason) {
        return Optional.of(PanelRuling.rejected(reason));
    }
}
