package org.yjinspect.published.domain;

import java.util.Objects;
import org.yjinspect.rating.domain.Rating;

/**
 * A ratings-panel decision the report records: the rating the panel gave and the report's own
 * sentence saying why. Put on a standard so that re-rating reproduces the published rating.
 */
public record RecordedPanelDecision(Rating rating, String rationale) {
    public RecordedPanelDecision {
        Objects.requireNonNull(rating, "rating");
        rationale = rationale == null ? "" : rationale.strip();
    }
}
