package org.yjinspect.rating.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.DiscretionTriggers;
import org.yjinspect.rating.domain.PanelRuling;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.StandardRating;

/**
 * A standard after rating: computed (lowest key question) and final (after the ratings panel)
 * ratings with their reasons, the discretion triggers, and how it compares with a published
 * rating if one was given.
 */
public record StandardResult(Standard standard, List<KeyQuestionResult> keyQuestions, StandardRating computed,
                             DiscretionTriggers triggers, PanelRuling panel, Optional<Rating> finalRating,
                             Optional<Rating> published, Optional<String> publishedDifference) {
    public String number() {
        return standard.number();
    }

    public Optional<KeyQuestionResult> drivingKeyQuestion() {
        return computed.drivingIndex() >= 0 ? Optional.of(keyQuestions.get(computed.drivingIndex())) : Optional.empty();
    }
}
