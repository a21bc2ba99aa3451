package org.yjinspect.rating.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a standard's rating became at the ratings panel: the computed rating stands (no decision,
 * or the panel confirmed it), the panel moved it one band, or the panel's decision was refused.
 * A refused decision changes nothing: the computed rating stands and the refusal is shown with
 * its reason, so that a decision recorded before the figures moved is seen and decided again,
 * never silently applied or silently dropped.
 *
 * @param kind        stands, moved or refused
 * @param finalRating the rating the standard ends with (the computed one unless moved; empty when not rated)
 * @param decision    the panel's decision as recorded, if there is one (the refused one too)
 */
public record PanelOutcome(Kind kind, Optional<Rating> finalRating, Optional<PanelDecision> decision) {
    /** The three things a panel decision (or its absence) can come to. */
    public enum Kind { STANDS, MOVED, REFUSED }

    public PanelOutcome {
        Objects.requireNonNull(kind, "kind");
        finalRating = finalRating == null ? Optional.empty() : finalRating;
        decision = decision == null ? Optional.empty() : decision;
        if (kind != Kind.STANDS && decision.isEmpty()) {
            throw new IllegalArgumentException("a moved or refused rating needs the panel's decision");
        }
    }

    public boolean moved() {
        return kind == Kind.MOVED;
    }

    public boolean refused() {
        return kind == Kind.REFUSED;
    }
}
