package org.yjinspect.panel.web;

import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.LiveRating;
import org.yjinspect.panel.app.LiveRatings;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.rating.json.RatingJsonWriter;

/**
 * GET /api/inspections/{id}/ratings (the live ratings), GET /api/inspections/{id}/panel, PUT
 * /api/inspections/{id}/panel/standards/{number} (a decision), POST /api/inspections/{id}/panel/publish.
 */
public final class PanelRoutes implements Routes {
    private static final Pattern STANDARD_NUMBER = Pattern.compile("[1-4]\\.[1-9]");
    private final LiveRatings ratings;
    private final PanelService panel;
    private final RequestActor actors;

    public PanelRoutes(LiveRatings ratings, PanelService panel, RequestActor actors) {
        this.ratings = ratings;
        this.panel = panel;
        this.actors = actors;
    }

    /** PUT .../panel/standards/{number}: confirm (the computed rating) or move one band, with a rationale. */
    public record DecisionRequest(String rating, String rationale, Integer baseRevision) {
    }

    /** POST .../panel/publish: the inspection's revision the panel looked at. */
    public record PublishRequest(Integer baseRevision) {
    }

    /** The panel's page: every standard before it, the live ratings, and what stops publishing. */
    public record PanelJson(long inspectionId, int revision, Instant publishedAt, String publishedBy,
                            boolean readyToPublish, List<String> outstanding, List<PanelView.StandardLine> standards,
                            ObjectNode ratings) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/inspections/{inspectionId}/ratings", ctx ->
                RecordJson.send(ctx, liveJson(ratings.rate(Requests.id(ctx, "inspectionId")))), Allowed.to(Action.READ_RATINGS));
        routes.get("/api/inspections/{inspectionId}/panel", ctx -> {
            PanelView view = panel.show(Requests.id(ctx, "inspectionId"));
            RecordJson.send(ctx, new PanelJson(view.state().inspectionId(), view.state().revision(),
                    view.state().publishedAt(), view.state().publishedBy(), view.readiness().ready(),
                    view.readiness().outstanding(), view.standards(), liveJson(view.live())));
        }, Allowed.to(Action.READ_RATINGS));
        routes.put("/api/inspections/{inspectionId}/panel/standards/{number}", ctx -> {
            DecisionRequest r = Requests.body(ctx, DecisionRequest.class);
            RecordJson.send(ctx, panel.decide(new DecideCommand(Requests.id(ctx, "inspectionId"), standard(ctx),
                    r.rating(), r.rationale(), RecordJson.baseRevision(r.baseRevision()), actors.of(ctx))));
        }, Allowed.to(Action.DECIDE_PANEL));
        routes.post("/api/inspections/{inspectionId}/panel/publish", ctx -> {
            PublishRequest r = Requests.body(ctx, PublishRequest.class);
            RecordJson.send(ctx, panel.publish(new PublishCommand(Requests.id(ctx, "inspectionId"),
                    RecordJson.baseRevision(r.baseRevision()), actors.of(ctx))));
        }, Allowed.to(Action.PUBLISH));
    }

    /** The engine's ratings page as JSON, with what the live figures rest on. */
    public static ObjectNode liveJson(LiveRating live) {
        ObjectNode json = new RatingJsonWriter().toJson(live.rating());
        json.put("inspectionId", live.inspection().id());
        ObjectNode sampled = json.putObject("sampledCases");
        for (CaseType type : CaseType.values()) {
            sampled.put(type.name().toLowerCase(java.util.Locale.ROOT), live.judgements().cases(type));
        }
        ObjectNode refused = json.putObject("panelDecisionsNoLongerHolding");
        live.refusedDecisions().forEach(refused::put);
        return json;
    }

    private static String standard(Context ctx) {
        String raw = ctx.pathParam("number");
        if (!STANDARD_NUMBER.matcher(raw).matches()) {
            throw new BadRequest("a standard is written like 2.1 (got \"" + SafeText.shown(raw) + "\")");
        }
        return raw;
    }

}
