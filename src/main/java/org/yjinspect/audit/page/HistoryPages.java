package org.yjinspect.audit.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.app.AuditService;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET /inspections/{inspectionId}/history[?case=REF][&amp;standard=2.1][&amp;after=ID]: the
 * inspection's audit trail, oldest first, {@value #PAGE} changes a page, each change's old and
 * new values side by side. A filter the trail refuses comes back in the GOV.UK error summary.
 */
public final class HistoryPages implements Routes {
    static final int PAGE = 50;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private final AuditService audit;
    private final InspectionService inspections;
    private final Pages pages;

    public HistoryPages(AuditService audit, InspectionService inspections, Pages pages) {
        this.audit = audit;
        this.inspections = inspections;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/inspections/{inspectionId}/history", this::history, Allowed.to(Action.READ_AUDIT));
    }

    private void history(Context ctx) {
        long id = Requests.id(ctx, "inspectionId");
        String caseReference = text(ctx.queryParam("case"));
        String standard = text(ctx.queryParam("standard"));
        String after = text(ctx.queryParam("after"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("inspectionId", id);
        params.put("serviceName", serviceName(id));
        params.put("caseReference", caseReference);
        params.put("standard", standard);
        params.put("after", after.matches("[0-9]{1,12}") ? Long.parseLong(after) : 0L);
        params.put("limit", PAGE);
        List<AuditEntry> entries = List.of();
        String error = null;
        String errorField = null;
        try {
            entries = audit.entries(new AuditQuery(id, caseReference, standard, (Long) params.get("after"), PAGE));
        } catch (Problem refused) {
            if (refused.kind() != Problem.Kind.INVALID_INPUT) {
                throw refused;
            }
            String message = refused.getMessage();
            error = Character.toUpperCase(message.charAt(0)) + message.substring(1);
            errorField = message.startsWith("case") ? "case" : "standard";
        }
        params.put("entries", entries);
        params.put("error", error);
        params.put("errorField", errorField);
        params.put("layout", Frames.of(ctx, (error == null ? "" : "Error: ") + "History", Layout.Section.INSPECTIONS));
        pages.render(ctx, error == null ? 200 : 400, "audit/history.jte", params);
    }

    /** The service's name; a deleted inspection's trail is still read by its former team, under the deletion's words. */
    private String serviceName(long id) {
        try {
            return inspections.get(id).details().serviceName();
        } catch (Problem deleted) {
            return deleted.getMessage();
        }
    }

    /** When a change was made, in UK time as the inspectors read it. */
    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    /** This page's address with the filters kept, for the paging links (each value URL-encoded). */
    public static String link(long inspectionId, String caseReference, String standard, long after) {
        StringBuilder url = new StringBuilder("/inspections/" + inspectionId + "/history?case=")
                .append(URLEncoder.encode(caseReference, StandardCharsets.UTF_8))
                .append("&standard=").append(URLEncoder.encode(standard, StandardCharsets.UTF_8));
        return after > 0 ? url.append("&after=").append(after).toString() : url.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
