package org.yjinspect.rating.domain;

import org.yjinspect.rules.Ruling;
import java.util.List;

/**
 * "% of cases judged sufficient" to rating band, as every report's methodology annexe prints it:
 * under 50% Inadequate (minority), 50% up to 65% Requires improvement (too few), 65% up to 80%
 * Good (reasonable majority), 80% and above Outstanding (large majority). The band is decided
 * on the exact fraction (5/8 is 62.5%, not a rounded 63%); rounding is for display only.
 */
public final class KeyQuestionBandPolicy {
    public static final String RULE = "Key question band";
    /** The lower bounds of Requires improvement, Good and Outstanding, in percent. */
    public static final List<Integer> BOUNDARIES = List.of(50, 65, 80);

    private KeyQuestionBandPolicy() {
    }

    /** The band, or a null value when the key question had no relevant cases (it is then left out of the rating). */
    public static Ruling<Rating> band(KeyQuestionFigure figure) {
        if (!figure.hasRelevantCases()) {
            return new Ruling<>(null, RULE, figure.describe() + ": left out of the rating");
        }
        Rating band = bandOf(figure);
        return new Ruling<>(band, RULE, figure.describe() + " is " + range(band) + ": " + band.label());
    }

    public static Rating bandOf(KeyQuestionFigure figure) {
        int boundariesReached = 0;
        for (int boundary : BOUNDARIES) {
            if (reaches(figure, boundary)) {
                boundariesReached++;
            }
        }
        return Rating.values()[boundariesReached];
    }

    /** Whether the figure is at or above a boundary, in exact integer arithmetic where counts are known. */
    static boolean reaches(KeyQuestionFigure figure, int boundary) {
        if (figure.hasCounts()) {
            return 100L * figure.yes() >= (long) boundary * figure.relevant();
        }
        return figure.printedPercent() >= boundary;
    }

    public static String range(Rating band) {
        return switch (band) {
            case INADEQUATE -> "below 50%";
            case REQUIRES_IMPROVEMENT -> "50% up to 65%";
            case GOOD -> "65% up to 80%";
            case OUTSTANDING -> "80% or more";
        };
    }
}
