package org.yjinspect.sampling.web;

import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.sampling.app.DiscardOutcome;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.DrawOutcome;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.sampling.app.SampleService;

/**
 * POST /api/inspections/{id}/sample (draw), GET /api/inspections/{id}/sample (show),
 * POST /api/inspections/{id}/sample/replacements (replace a case, with a reason),
 * DELETE /api/inspections/{id}/sample (discard, with a reason, before any case is assessed).
 * Writes name their actor (X-Actor). A refused draw or discard is 409 with the rule and its reason.
 */
public final class SampleRoutes implements Routes {
    private static final int REFUSED = 409;
    private final SampleService samples;
    private final RequestActor actors;

    public SampleRoutes(SampleService samples, RequestActor actors) {
        this.samples = samples;
        this.actors = actors;
    }

    /** Optional settings for a draw; anything left out takes its default. */
    public record DrawRequest(Long seed, Integer confidencePercent, Double marginPoints, Integer minimum,
                              Integer maximum, Integer resettlementCap) {
    }

    /** The body of a replacement. */
    public record ReplaceRequest(String caseReference, String reason) {
    }

    /** The body of a discard. */
    public record DiscardRequest(String reason) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/inspections/{inspectionId}/sample", this::draw, Allowed.to(Action.MANAGE_SAMPLE));
        routes.get("/api/inspections/{inspectionId}/sample", ctx ->
                ctx.json(SampleJson.of(samples.show(Requests.id(ctx, "inspectionId")))), Allowed.to(Action.READ_EVIDENCE));
        routes.post("/api/inspections/{inspectionId}/sample/replacements", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            var actor = actors.of(ctx);
            ReplaceRequest r = Requests.body(ctx, ReplaceRequest.class);
            ctx.status(201).json(samples.replace(new ReplaceSampledCaseCommand(id, r.caseReference(), r.reason(),
                    actor)));
        }, Allowed.to(Action.MANAGE_SAMPLE));
        routes.delete("/api/inspections/{inspectionId}/sample", this::discard, Allowed.to(Action.MANAGE_SAMPLE));
    }

    private void draw(Context ctx) {
        long id = Requests.id(ctx, "inspectionId");
        var actor = actors.of(ctx);
        DrawRequest r = Requests.bodyOr(ctx, DrawRequest.class, new DrawRequest(null, null, null, null, null, null));
        DrawOutcome outcome = samples.draw(new DrawSampleCommand(id, r.seed(), r.confidencePercent(),
                r.marginPoints(), r.minimum(), r.maximum(), r.resettlementCap(), actor));
        if (outcome.refused()) {
            ctx.status(REFUSED).json(RefusalJson.of(outcome.ruling(), outcome.windows()));
            return;
        }
        ctx.status(201).json(SampleJson.of(outcome.sample()));
    }

    private void discard(Context ctx) {
        long id = Requests.id(ctx, "inspectionId");
        var actor = actors.of(ctx);
        DiscardRequest r = Requests.body(ctx, DiscardRequest.class);
        DiscardOutcome outcome = samples.discard(new DiscardSampleCommand(id, r.reason(), actor));
        if (outcome.refused()) {
            ctx.status(REFUSED).json(RefusalJson.of(outcome.ruling(), java.util.List.of()));
            return;
        }
        ctx.json(outcome.discarded());
    }
}
