package org.yjinspect.rating.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the three published discretion triggers against a standard's driving (lowest) key
 * question. Each trigger is symmetric: a boundary is "near" from either side, and one case is
 * judged differently in either direction.
 */
public final class DiscretionTriggerPolicy {
    public static final String RULE = "Ratings panel discretion triggers";
    static final double NEAR_BOUNDARY_POINTS = 5.0;
    static final int SMALL_SAMPLE_CASES = 5;

    private DiscretionTriggerPolicy() {
    }

    public static DiscretionTriggers evaluate(StandardRating computed, List<KeyQuestionFigure> keyQuestions) {
        if (!computed.rated()) {
            return DiscretionTriggers.NONE;
        }
        KeyQuestionFigure driving = keyQuestions.get(computed.drivingIndex());
        List<TriggerFinding> raised = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        nearBoundary(driving).ifPresent(raised::add);
        if (driving.hasCounts()) {
            oneCaseChangesBand(driving).ifPresent(raised::add);
            smallSample(driving).ifPresent(raised::add);
        } else {
            notChecked.add("one case judged differently, and sample size: " + driving.describe()
                    + " gives no case count");
        }
        return new DiscretionTriggers(raised, notChecked);
    }

    static Optional<TriggerFinding> nearBoundary(KeyQuestionFigure driving) {
        double percent = driving.exactPercent();
        for (int boundary : KeyQuestionBandPolicy.BOUNDARIES) {
            double distance = Math.abs(percent - boundary);
            if (distance <= NEAR_BOUNDARY_POINTS) {
                return Optional.of(new TriggerFinding(DiscretionTrigger.NEAR_BOUNDARY,
                        driving.describe() + " is " + Percentages.format(distance).replace("%", "")
                                + " points from the " + boundary + "% boundary"));
            }
        }
        return Optional.empty();
    }

    static Optional<TriggerFinding> oneCaseChangesBand(KeyQuestionFigure driving) {
        Rating band = KeyQuestionBandPolicy.bandOf(driving);
        for (int change : new int[] {+1, -1}) {
            int yes = driving.yes() + change;
            if (yes < 0 || yes > driving.relevant()) {
                continue;
            }
            KeyQuestionFigure other = driving.withOneCaseJudgedDifferently(change);
            Rating otherBand = KeyQuestionBandPolicy.bandOf(other);
            if (otherBand != band) {
                return Optional.of(new TriggerFinding(DiscretionTrigger.ONE_CASE_CHANGES_BAND,
                        "with one " + (change > 0 ? "more" : "fewer") + " case judged 'Yes', "
                                + other.yes() + "/" + other.relevant() + " would be " + otherBand.label()));
            }
        }
        return Optional.empty();
    }

    static Optional<TriggerFinding> smallSample(KeyQuestionFigure driving) {
        if (driving.relevant() > SMALL_SAMPLE_CASES) {
            return Optional.empty();
        }
        return Optional.of(new TriggerFinding(DiscretionTrigger.SMALL_SAMPLE,
                "the lowest key question rests on " + driving.relevant() + " relevant case"
                        + (driving.relevant() == 1 ? "" : "s")));
    }
}
