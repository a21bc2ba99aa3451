package org.yjinspect.rating.domain;

import java.util.Optional;

/**
 * The outcome of putting a panel decision (or none) to the discretion rule.
 *
 * @param accepted    false when the decision breaks the rule; {@code finalRating} is then empty
 * @param finalRating the rating the standard ends with
 * @param moved       true when the panel moved the computed rating
 * @param reason      why, citing triggers and the panel's rationale
 */
public record PanelRuling(boolean accepted, Optional<Rating> finalRating, boolean moved, String reason) {
    static PanelRuling stands(Optional<Rating> rating, String reason) {
        return new PanelRuling(true, rating, false, reason);
    }

    static PanelRuling rejected(String reason) {
        return new PanelRuling(false, Optional.empty(), false, reason);
    }
}
