package org.yjinspect.recommendation.app;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.domain.RecommendationWording;
import org.yjinspect.records.domain.Actor;

/** Add a recommendation, addressed to someone; it goes after the others to the same addressee. */
public record AddRecommendationCommand(long inspectionId, String addressee, String text, Actor actor) {
    public AddRecommendationCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(actor != null, "who is making this change is required");
        addressee = RecommendationWording.addressee(addressee);
        text = RecommendationWording.text(text);
    }
}
