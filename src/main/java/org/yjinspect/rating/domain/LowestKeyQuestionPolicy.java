package org.yjinspect.rating.domain;

import org.yjinspect.rules.Ruling;
import java.util.List;
import java.util.Optional;

/**
 * "The rating at the standard level is aligned to the lowest banding at the key question level,
 * recognising that each key question is an integral part of the standard." Key questions with
 * no relevant cases are left out; a standard with none left is not rated, never scored silently.
 * Where two key questions tie, the first printed one is named as driving.
 */
public final class LowestKeyQuestionPolicy {
    public static final String RULE = "Lowest key question";

    private LowestKeyQuestionPolicy() {
    }

    public static StandardRating rate(List<KeyQuestionFigure> keyQuestions) {
        int driving = -1;
        for (int i = 0; i < keyQuestions.size(); i++) {
            KeyQuestionFigure candidate = keyQuestions.get(i);
            if (candidate.hasRelevantCases() && (driving < 0 || lower(candidate, keyQuestions.get(driving)))) {
                driving = i;
            }
        }
        if (driving < 0) {
            return StandardRating.notRated("Not rated: no key question had any relevant cases.");
        }
        KeyQuestionFigure lowest = keyQuestions.get(driving);
        Ruling<Rating> band = KeyQuestionBandPolicy.band(lowest);
        return new StandardRating(Optional.of(band.value()), driving,
                "The lowest key question (" + name(lowest, driving) + ") is " + band.reason() + ".");
    }

    private static boolean lower(KeyQuestionFigure a, KeyQuestionFigure b) {
        if (a.hasCounts() && b.hasCounts()) {
            return (long) a.yes() * b.relevant() < (long) b.yes() * a.relevant();
        }
        return a.exactPercent() < b.exactPercent();
    }

    static String name(KeyQuestionFigure figure, int index) {
        return figure.text() == null || figure.text().isBlank()
                ? "key question " + (index + 1) : "'" + figure.text() + "'";
    }
}
