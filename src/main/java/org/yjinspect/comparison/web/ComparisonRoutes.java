package org.yjinspect.comparison.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.web.Audience;
import org.yjinspect.comparison.app.Comparisons;
import org.yjinspect.comparison.app.DistributionQuery;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RecordJson;

/**
 * GET /api/library/comparisons?version=&standard= (or &keyQuestion=), GET /api/library/services/{serviceKey},
 * GET /api/inspections/{inspectionId}/comparison. A wrong parameter is a 400 naming it and its value;
 * no parameter at all answers what may be asked (every version's standards and key questions).
 */
public final class ComparisonRoutes implements Routes {
    private static final Set<String> PARAMETERS = Set.of("version", "standard", "keyQuestion");
    private final Comparisons comparisons;
    private final Function<FrameworkVersion, Framework> frameworks;

    public ComparisonRoutes(Comparisons comparisons, Function<FrameworkVersion, Framework> frameworks) {
        this.comparisons = comparisons;
        this.frameworks = frameworks;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/library/comparisons", this::distribution, Audience.SIGNED_IN);
        routes.get("/api/library/services/{serviceKey}", ctx -> RecordJson.send(ctx,
                ComparisonJson.service(comparisons.service(ctx.pathParam("serviceKey")))), Audience.SIGNED_IN);
        routes.get("/api/inspections/{inspectionId}/comparison", ctx -> RecordJson.send(ctx,
                PlacementJson.inspection(comparisons.inspection(Requests.id(ctx, "inspectionId")))),
                Allowed.to(Action.READ_RATINGS));
    }

    private void distribution(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new BadRequest("unknown parameter \"" + SafeText.shown(name) + "\"; the parameters are version"
                        + " (2018 or 2021) and standard (such as 2.1) or keyQuestion (such as 2.1.desistance)");
            }
        }
        if (ctx.queryParamMap().isEmpty()) {
            RecordJson.send(ctx, ComparisonJson.choices(frameworks));
            return;
        }
        DistributionQuery query = DistributionQuery.of(ctx.queryParam("version"), ctx.queryParam("standard"),
                ctx.queryParam("keyQuestion"));
        RecordJson.send(ctx, query.standard() != null ? ComparisonJson.standard(comparisons.standard(query))
                : ComparisonJson.keyQuestion(comparisons.keyQuestion(query)));
    }
}
