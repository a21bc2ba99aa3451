package org.yjinspect.published.domain;

import java.util.List;
import java.util.Objects;
import org.yjinspect.rating.domain.Rating;

/**
 * One standard of a published inspection as its report prints it: the published rating, the
 * key-question figures in the order printed (counts where the report counts, else the printed
 * percentage; none for a qualitative standard) and the ratings panel's decision where the report
 * says the panel used its discretion (else null).
 */
public record PublishedStandardFigures(String number, Rating rating, List<PrintedKeyQuestionFigure> keyQuestions,
                                       RecordedPanelDecision panel) {
    public PublishedStandardFigures {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(rating, "rating");
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
    }
}
