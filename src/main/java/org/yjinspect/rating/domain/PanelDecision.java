package org.yjinspect.rating.domain;

import java.util.Objects;

/** What the ratings panel decided for a standard, with the rationale it recorded. */
public record PanelDecision(Rating rating, String rationale) {
    public PanelDecision {
        Objects.requireNonNull(rating, "rating");
        rationale = rationale == null ? "" : rationale.strip();
    }

    public boolean hasRationale() {
        return !rationale.isEmpty();
    }
}
