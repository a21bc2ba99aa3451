package org.yjinspect.rating.domain;

import java.util.Optional;
import org.yjinspect.rules.Ruling;

/**
 * Professional discretion by the ratings panel. It applies to case-based standards only; it
 * may move the computed rating one band up or down, and only when a discretion trigger holds
 * and a rationale is recorded. Confirming the computed rating is always allowed. The seeds only
 * show moves up by one band; allowing one band down too is our reading, kept symmetric. A
 * decision that breaks the rule is refused as data ({@link PanelOutcome.Kind#REFUSED}, with the
 * reason): the computed rating stands, and the caller decides what a refusal means for it.
 */
public final class PanelDiscretionPolicy {
    public static final String RULE = "Ratings panel discretion";

    private PanelDiscretionPolicy() {
    }

    public static Ruling<PanelOutcome> decide(boolean caseBased, StandardRating computed, DiscretionTriggers triggers,
                                              Optional<PanelDecision> decision) {
        if (decision.isEmpty()) {
            return stands(computed, decision, "No panel decision recorded; the computed rating stands.");
        }
        PanelDecision panel = decision.get();
        if (computed.rating().equals(Optional.of(panel.rating()))) {
            return stands(computed, decision, "The ratings panel confirmed the computed rating"
                    + (panel.hasRationale() ? ": " + panel.rationale() : "."));
        }
        return refusal(caseBased, computed, triggers, panel)
                .map(reason -> new Ruling<>(new PanelOutcome(PanelOutcome.Kind.REFUSED, computed.rating(), decision),
                        RULE, reason))
                .orElseGet(() -> new Ruling<>(new PanelOutcome(PanelOutcome.Kind.MOVED, Optional.of(panel.rating()),
                        decision), RULE, "The ratings panel moved the rating from " + computed.rating().orElseThrow()
                        .label() + " to " + panel.rating().label() + " because " + triggers.summary()
                        + ". Rationale: " + panel.rationale()));
    }

    private static Ruling<PanelOutcome> stands(StandardRating computed, Optional<PanelDecision> decision, String reason) {
        return new Ruling<>(new PanelOutcome(PanelOutcome.Kind.STANDS, computed.rating(), decision), RULE, reason);
    }

    /** Why the decision breaks the rule, or empty when the move is allowed. */
    private static Optional<String> refusal(boolean caseBased, StandardRating computed, DiscretionTriggers triggers,
                                            PanelDecision panel) {
        if (!caseBased) {
            return Optional.of("discretion applies only to case-based standards; a qualitative rating is "
                    + "the judgement itself");
        }
        if (computed.rating().isEmpty()) {
            return Optional.of("the standard is not rated, so there is no rating for the panel to move");
        }
        int bands = Math.abs(panel.rating().bandsAbove(computed.rating().get()));
        if (bands > 1) {
            return Optional.of("the panel may move a rating by one band only, not from "
                    + computed.rating().get().label() + " to " + panel.rating().label());
        }
        if (!triggers.any()) {
            return Optional.of("no discretion trigger holds for the computed " + computed.rating().get().label()
                    + " (" + computed.reason() + ")");
        }
        if (!panel.hasRationale()) {
            return Optional.of("a panel decision that moves a rating must record its rationale");
        }
        return Optional.empty();
    }
}
