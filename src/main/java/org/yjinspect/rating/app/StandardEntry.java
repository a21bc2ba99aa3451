package org.yjinspect.rating.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelDecision;
import org.yjinspect.rating.domain.Rating;

/**
 * What is known of one standard. For a qualitative standard {@code rating} is the judged rating;
 * for a case-based one it is the published rating to check against, and the key question
 * figures (in catalogue order) are what the engine rates.
 */
public record StandardEntry(String number, List<KeyQuestionFigure> keyQuestions, Optional<Rating> rating,
                            Optional<PanelDecision> panel) {
    public StandardEntry {
        Objects.requireNonNull(number, "number");
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
        rating = rating == null ? Optional.empty() : rating;
        panel = panel == null ? Optional.empty() : panel;
    }
}
