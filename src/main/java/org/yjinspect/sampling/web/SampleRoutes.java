package org.yjinspect.sampling.web;

import io.javalin.config.RoutesConfig;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.sampling.app.SampleService;

/**
 * POST /api/inspections/{id}/sample (draw), GET /api/inspections/{id}/sample (show),
 * POST /api/inspections/{id}/sample/replacements (replace a case, with a reason).
 */
public final class SampleRoutes implements Routes {
    private final SampleService samples;

    public SampleRoutes(SampleService samples) {
        this.samples = samples;
    }

    /** Optional settings for a draw; anything left out takes its default. */
    public record DrawRequest(Long seed, Integer confidencePercent, Double marginPoints, Integer minimum,
                              Integer maximum, Integer resettlementCap) {
    }

    /** The body of a replacement. */
    public record ReplaceRequest(String caseReference, String reason) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/inspections/{inspectionId}/sample", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            DrawRequest r = ctx.body().isBlank() ? new DrawRequest(null, null, null, null, null, null)
                    : Requests.body(ctx, DrawRequest.class);
            ctx.status(201).json(SampleJson.of(samples.draw(new DrawSampleCommand(id, r.seed(),
                    r.confidencePercent(), r.marginPoints(), r.minimum(), r.maximum(), r.resettlementCap()))));
        });
        routes.get("/api/inspections/{inspectionId}/sample", ctx ->
                ctx.json(SampleJson.of(samples.show(Requests.id(ctx, "inspectionId")))));
        routes.post("/api/inspections/{inspectionId}/sample/replacements", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            ReplaceRequest r = Requests.body(ctx, ReplaceRequest.class);
            ctx.status(201).json(samples.replace(new ReplaceSampledCaseCommand(id, r.caseReference(), r.reason())));
        });
    }
}
