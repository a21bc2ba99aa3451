package org.yjinspect.organisation.app;

import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.rating.domain.Rating;

/** The lead inspector's proposed rating for a qualitative standard, with its rationale (required). */
public record ProposeRatingCommand(RecordRef ref, String standardNumber, String ratingText, String rationale) {
    public static final int LONGEST_RATIONALE = 5000;

    public ProposeRatingCommand {
        Problem.require(ref != null, "the inspection is required");
        Problem.require(standardNumber != null && !standardNumber.isBlank(), "the standard is required");
        standardNumber = standardNumber.strip();
        rating(ratingText);
        rationale = FreeText.checked("the rationale for the proposed rating", rationale, LONGEST_RATIONALE, true);
    }

    public Rating rating() {
        return rating(ratingText);
    }

    private static Rating rating(String text) {
        return Rating.parse(text).orElseThrow(() -> Problem.invalid("a rating is Inadequate, Requires improvement,"
                + " Good or Outstanding (got \"" + SafeText.shown(text) + "\")"));
    }
}
