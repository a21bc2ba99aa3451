package org.yjinspect.rating.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.DiscretionTriggers;
import org.yjinspect.rating.domain.PanelOutcome;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.StandardRating;
import org.yjinspect.rules.Ruling;

/**
 * A standard after rating: computed (lowest key question) and final (after the ratings panel)
 * ratings with their reasons, the discretion triggers, what the panel's decision came to (a
 * refused decision is here, with its reason, and the computed rating stands), and how it
 * compares with a published rating if one was given.
 */
public record StandardResult(Standard standard, List<KeyQuestionResult> keyQuestions, StandardRating computed,
                             DiscretionTriggers triggers, Ruling<PanelOutcome> panel, Optional<Rating> published,
                             Optional<String> publishedDifference) {
    public StandardResult {
        keyQuestions = List.copyOf(keyQuestions);
    }

    public String number() {
        return standard.number();
    }

    public Optional<Rating> finalRating() {
        return panel.value().finalRating();
    }

    /** When the panel's decision was refused, the sentence that says so, naming the standard and the reason. */
    public Optional<String> panelRefusal() {
        return panel.value().refused()
                ? Optional.of("ratings panel decision for " + number() + " refused: " + panel.reason())
                : Optional.empty();
    }

    public Optional<KeyQuestionResult> drivingKeyQuestion() {
        return computed.drivingIndex() >= 0 ? Optional.of(keyQuestions.get(computed.drivingIndex())) : Optional.empty();
    }
}
