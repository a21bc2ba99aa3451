package org.yjinspect.recommendation.app;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Move a recommendation to a position in the report's numbering (1 to the number of recommendations). */
public record MoveRecommendationCommand(long inspectionId, long recommendationId, int position, Actor actor) {
    public MoveRecommendationCommand {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        Problem.require(recommendationId > 0, "a recommendation id is a positive number (got " + recommendationId + ")");
        Problem.require(position >= 1, "positions are numbered from 1 (got " + position + ")");
        Problem.require(actor != null, "who is making this change is required");
    }
}
