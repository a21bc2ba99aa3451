package org.yjinspect.context.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.context.app.ContextualFacts;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;

/**
 * Under /api/inspections/{inspectionId}/contextual-facts: GET (the caseload's profile and the
 * figures entered; READ_RATINGS), POST /figures (enter one) and DELETE /figures/{id} (remove one),
 * which need EDIT_REPORT.
 */
public final class ContextRoutes implements Routes {
    private static final String BASE = "/api/inspections/{inspectionId}/contextual-facts";
    private final ContextualFacts facts;
    private final RequestActor actors;

    public ContextRoutes(ContextualFacts facts, RequestActor actors) {
        this.facts = facts;
        this.actors = actors;
    }

    /** POST /figures: what the figure is, its value as the source gives it, and the source. */
    public record FigureRequest(String label, String value, String source) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> RecordJson.send(ctx, facts.of(inspection(ctx))), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE + "/figures", ctx -> {
            FigureRequest r = Requests.body(ctx, FigureRequest.class);
            RecordJson.send(ctx, 201, facts.addFigure(new AddFigureCommand(inspection(ctx), r.label(), r.value(),
                    r.source(), actors.of(ctx))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.delete(BASE + "/figures/{id}", ctx -> {
            long inspectionId = inspection(ctx);
            facts.removeFigure(inspectionId, Requests.id(ctx, "id"), actors.of(ctx));
            RecordJson.send(ctx, facts.of(inspectionId));
        }, Allowed.to(Action.EDIT_REPORT));
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
