package org.yjinspect.recommendation.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.recommendation.app.ChangeRecommendationCommand;
import org.yjinspect.recommendation.app.MoveRecommendationCommand;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.recommendation.app.Recommendations;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;

/**
 * Under /api/inspections/{inspectionId}/recommendations: GET (the report's order; READ_RATINGS),
 * POST (add), PUT /{id} (change, from baseRevision), PUT /{id}/position (move), DELETE /{id}
 * (remove); the writes need EDIT_REPORT.
 */
public final class RecommendationRoutes implements Routes {
    private static final String BASE = "/api/inspections/{inspectionId}/recommendations";
    private final Recommendations recommendations;
    private final RequestActor actors;

    public RecommendationRoutes(Recommendations recommendations, RequestActor actors) {
        this.recommendations = recommendations;
        this.actors = actors;
    }

    /** POST and PUT /{id}: whom it is addressed to and what it says; PUT also the revision it is based on. */
    public record RecommendationRequest(String addressee, String text, Integer baseRevision) {
    }

    /** PUT /{id}/position: its new place in the report's numbering. */
    public record PositionRequest(Integer position) {
    }

    /** One recommendation as the API gives it. */
    public record RecommendationAnswer(long id, String addressee, int position, String text, int revision,
                                       String updatedBy, Instant updatedAt) {
        static RecommendationAnswer of(RecommendationLine line) {
            Recommendation r = line.recommendation();
            return new RecommendationAnswer(r.id(), r.addressee(), r.position(), r.text(), line.revision(),
                    line.updatedBy(), line.updatedAt());
        }
    }

    /** GET and DELETE: the recommendations as they now stand, in the report's order. */
    public record RecommendationList(long inspectionId, List<RecommendationAnswer> recommendations) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> list(ctx, inspection(ctx)), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE, ctx -> {
            RecommendationRequest r = Requests.body(ctx, RecommendationRequest.class);
            RecordJson.send(ctx, 201, RecommendationAnswer.of(recommendations.add(new AddRecommendationCommand(
                    inspection(ctx), r.addressee(), r.text(), actors.of(ctx)))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.put(BASE + "/{id}", ctx -> {
            RecommendationRequest r = Requests.body(ctx, RecommendationRequest.class);
            RecordJson.send(ctx, RecommendationAnswer.of(recommendations.change(new ChangeRecommendationCommand(
                    inspection(ctx), Requests.id(ctx, "id"), RecordJson.baseRevision(r.baseRevision()), r.addressee(),
                    r.text(), actors.of(ctx)))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.put(BASE + "/{id}/position", ctx -> {
            PositionRequest r = Requests.body(ctx, PositionRequest.class);
            if (r.position() == null) {
                throw new BadRequest("position is required: the recommendation's new place, 1 for the first");
            }
            RecordJson.send(ctx, RecommendationAnswer.of(recommendations.move(new MoveRecommendationCommand(
                    inspection(ctx), Requests.id(ctx, "id"), r.position(), actors.of(ctx)))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.delete(BASE + "/{id}", ctx -> {
            long inspectionId = inspection(ctx);
            recommendations.remove(inspectionId, Requests.id(ctx, "id"), actors.of(ctx));
            list(ctx, inspectionId);
        }, Allowed.to(Action.EDIT_REPORT));
    }

    private void list(Context ctx, long inspectionId) {
        List<RecommendationAnswer> lines = recommendations.lines(inspectionId).stream().map(RecommendationAnswer::of)
                .toList();
        RecordJson.send(ctx, new RecommendationList(inspectionId, lines));
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
