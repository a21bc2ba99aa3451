package org.yjinspect.report.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.report.app.ReportService;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.web.ReportDownloads;

/**
 * GET /inspections/{id}/report (the report in the application's frame; {@code ?standalone=true}
 * the printable document alone), GET /inspections/{id}/report.pdf, and GET
 * /inspections/{id}/report-and-exports (the report and every export, each offered only to those
 * whose role lets them take it).
 */
public final class ReportPages implements Routes {
    private final ReportService reports;
    private final ReportDownloads downloads;
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final Pages pages;

    public ReportPages(ReportService reports, ReportDownloads downloads, InspectionService inspections,
                       InspectionAccess access, Pages pages) {
        this.reports = reports;
        this.downloads = downloads;
        this.inspections = inspections;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/inspections/{inspectionId}/report", this::report, Allowed.to(Action.READ_RATINGS));
        routes.get("/inspections/{inspectionId}/report.pdf", ctx -> downloads.pdf(ctx, reports.report(id(ctx))),
                Allowed.to(Action.READ_RATINGS));
        routes.get("/inspections/{inspectionId}/report-and-exports", this::exports, Allowed.to(Action.READ_RATINGS));
    }

    private void report(Context ctx) {
        InspectionReport report = reports.report(id(ctx));
        if ("true".equals(ctx.queryParam("standalone"))) {
            downloads.html(ctx, report);
            return;
        }
        pages.render(ctx, "report/page.jte", Map.of("layout", Frames.of(ctx, "Report: " + report.title().service(),
                Layout.Section.INSPECTIONS), "report", report));
    }

    private void exports(Context ctx) {
        long id = id(ctx);
        ExportLinks links = new ExportLinks(id, may(ctx, id, Action.READ_EVIDENCE), may(ctx, id, Action.READ_AUDIT),
                may(ctx, id, Action.EXPORT_INSPECTION));
        pages.render(ctx, "report/exports.jte", Map.of("layout", Frames.of(ctx, "Report and exports",
                Layout.Section.INSPECTIONS), "inspection", inspections.get(id), "links", links));
    }

    private boolean may(Context ctx, long inspectionId, Action action) {
        Principal principal = PrincipalResolver.required(ctx);
        return access.decide(new InspectionAccess.Asker(principal.userId(), principal.administrator()), inspectionId,
                null, action).value() == Access.ALLOWED;
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
