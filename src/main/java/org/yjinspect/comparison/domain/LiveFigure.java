package org.yjinspect.comparison.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A live inspection's figure for a key question, from the rating engine's live ratings: 'Yes'
 * cases of the relevant cases so far, and the percentage as a report would print it (whole,
 * halves up); no percentage while no case is relevant.
 */
public record LiveFigure(String keyQuestionId, int yes, int relevant) {
    public LiveFigure {
        Objects.requireNonNull(keyQuestionId, "keyQuestionId");
        if (yes < 0 || relevant < 0 || yes > relevant) {
            throw new IllegalArgumentException("'Yes' cases must be between 0 and the relevant cases: " + yes + "/" + relevant);
        }
    }

    public Optional<Integer> percent() {
        return relevant == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * yes / relevant));
    }
}
