package org.yjinspect.comparison.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.comparison.app.Comparisons;
import org.yjinspect.comparison.app.DistributionQuery;
import org.yjinspect.comparison.app.InspectionComparison;
import org.yjinspect.comparison.domain.ServiceHistory;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET /library/compare (choose a version and a standard or key question; the spread), GET
 * /library/services/{serviceKey} (a service over time) and GET /inspections/{inspectionId}/comparison
 * (the live figures among the library's). Read-only: the forms are GET forms, so they work
 * without JavaScript and their answers can be bookmarked.
 */
public final class ComparisonPages implements Routes {
    private final Comparisons comparisons;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final Pages pages;

    public ComparisonPages(Comparisons comparisons, Function<FrameworkVersion, Framework> frameworks, Pages pages) {
        this.comparisons = comparisons;
        this.frameworks = frameworks;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/library/compare", this::compare, Audience.SIGNED_IN);
        routes.get("/library/services/{serviceKey}", this::service, Audience.SIGNED_IN);
        routes.get("/inspections/{inspectionId}/comparison", this::inspection, Allowed.to(Action.READ_RATINGS));
    }

    private void compare(Context ctx) {
        String version = ctx.queryParam("version");
        String standard = ctx.queryParam("standard");
        String keyQuestion = ctx.queryParam("keyQuestion");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("choices", CompareChoices.of(frameworks));
        params.put("version", version == null ? "2021" : version);
        params.put("standard", standard == null ? "" : standard);
        params.put("keyQuestion", keyQuestion == null ? "" : keyQuestion);
        params.put("standardResult", null);
        params.put("keyQuestionResult", null);
        List<FormError> errors = List.of();
        boolean asked = version != null || standard != null || keyQuestion != null;
        if (asked) {
            try {
                DistributionQuery query = DistributionQuery.of(version, standard, keyQuestion);
                if (query.standard() != null) {
                    params.put("standardResult", comparisons.standard(query));
                } else {
                    params.put("keyQuestionResult", comparisons.keyQuestion(query));
                }
            } catch (Problem refused) {
                errors = FormError.of(field(refused.getMessage(), standard != null), refused);
            }
        }
        params.put("errors", errors);
        params.put("layout", Frames.of(ctx, (errors.isEmpty() ? "" : "Error: ") + "Compare with the library",
                Layout.Section.LIBRARY));
        pages.render(ctx, errors.isEmpty() ? 200 : 400, "comparison/compare.jte", params);
    }

    /** The form field a refusal is about: its message starts with the parameter's name. */
    private static String field(String message, boolean standardForm) {
        if (message.startsWith("version")) {
            return standardForm ? "standard-version" : "key-question-version";
        }
        if (message.startsWith("keyQuestion")) {
            return "keyQuestion";
        }
        return message.startsWith("standard") || standardForm ? "standard" : "keyQuestion";
    }

    private void service(Context ctx) {
        ServiceHistory history = comparisons.service(ctx.pathParam("serviceKey"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, history.service() + " over time", Layout.Section.LIBRARY));
        params.put("history", history);
        pages.render(ctx, "comparison/service.jte", params);
    }

    private void inspection(Context ctx) {
        InspectionComparison compared = comparisons.inspection(Requests.id(ctx, "inspectionId"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, compared.service() + ": comparison with published inspections",
                Layout.Section.INSPECTIONS));
        params.put("compared", compared);
        params.put("standards", LiveStandards.of(compared, frameworks.apply(compared.version())));
        pages.render(ctx, "comparison/inspection.jte", params);
    }
}
