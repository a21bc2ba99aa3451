package org.yjinspect.secondreading.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.rating.domain.Rating;

/**
 * What the differences between the readings would do to each case-based standard's computed
 * rating (the lowest key question's band, before any panel decision): on the first readings as
 * given, on the second readings (second-read cases' answers replacing the first), and on the agreed
 * answers (the live answers once settled), beside the live rating, with sentences saying which key
 * question moves it and its percentage.
 */
public record RatingEffect(long inspectionId, int casesSecondRead, List<StandardEffect> standards) {
    public RatingEffect {
        standards = List.copyOf(standards);
    }

    /** One standard on each basis, and the sentences naming what moves. */
    public record StandardEffect(String standardNumber, String standardName, Basis live, Basis firstReadings,
                                 Basis secondReadings, Basis agreed, List<String> sentences) {
        public StandardEffect {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A standard's rating on one basis and the key question that drives it (the lowest), with its
     * counts; empty rating and null key question when no key question had relevant cases.
     */
    public record Basis(Optional<Rating> rating, String drivingKeyQuestionId, String drivingKeyQuestion, int yes,
                        int relevant) {
        public double percent() {
            return relevant == 0 ? 0 : 100.0 * yes / relevant;
        }
    }
}
