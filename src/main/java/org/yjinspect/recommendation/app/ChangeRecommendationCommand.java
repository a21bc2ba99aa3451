package org.yjinspect.recommendation.app;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.domain.RecommendationWording;
import org.yjinspect.records.domain.Actor;

/**
 * Change a recommendation's words or addressee, from the revision it was read at. A new addressee
 * moves it to the end of that addressee's recommendations.
 */
public record ChangeRecommendationCommand(long inspectionId, long recommendationId, int baseRevision, String addressee,
                                          String text, Actor actor) {
    public ChangeRecommendationCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(recommendationId > 0, "a recommendation id is a positive number (got " + recommendationId + ")");
        Problem.require(baseRevision >= 1, "a recommendation is changed from its revision (1 or more), got "
                + baseRevision);
        Problem.require(actor != null, "who is making this change is required");
        addressee = RecommendationWording.addressee(addressee);
        text = RecommendationWording.text(text);
    }
}
