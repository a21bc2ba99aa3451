package org.yjinspect.panel.app;

import java.util.regex.Pattern;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.rating.domain.Rating;

/**
 * The ratings panel's decision for one standard: the rating it settles on and its rationale,
 * based on the decision's revision (0 for the first). Whether the decision is allowed is the
 * rating engine's to say, for the figures as they stand.
 */
public record DecideCommand(long inspectionId, String standardNumber, String ratingText, String rationale,
                            int baseRevision, Actor actor) {
    public static final int LONGEST_RATIONALE = 5000;
    private static final Pattern STANDARD_NUMBER = Pattern.compile("[1-4]\\.[1-9]");

    public DecideCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(standardNumber != null && STANDARD_NUMBER.matcher(standardNumber.strip()).matches(),
                "a standard is written like 2.1 (got \"" + SafeText.shown(standardNumber) + "\")");
        standardNumber = standardNumber.strip();
        rating(ratingText);
        rationale = FreeText.checked("the panel's rationale", rationale, LONGEST_RATIONALE, false);
        Problem.require(baseRevision >= 0, "the base revision must not be negative (got " + baseRevision + ")");
        Problem.require(actor != null, "who is making this change is required");
    }

    public Rating rating() {
        return rating(ratingText);
    }

    private static Rating rating(String text) {
        return Rating.parse(text).orElseThrow(() -> Problem.invalid("a rating is Inadequate, Requires improvement,"
                + " Good or Outstanding (got \"" + SafeText.shown(text) + "\")"));
    }
}
