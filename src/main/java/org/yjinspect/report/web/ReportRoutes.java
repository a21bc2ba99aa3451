package org.yjinspect.report.web;

import io.javalin.config.RoutesConfig;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.report.app.ReportService;

/**
 * GET /api/inspections/{inspectionId}/report.pdf and .../report.html: the inspection's report as it
 * stands, for anyone who may read its ratings (docs/report.md).
 */
public final class ReportRoutes implements Routes {
    private final ReportService reports;
    private final ReportDownloads downloads;

    public ReportRoutes(ReportService reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/inspections/{inspectionId}/report.pdf", ctx -> downloads.pdf(ctx,
                reports.report(Requests.id(ctx, "inspectionId"))), Allowed.to(Action.READ_RATINGS));
        routes.get("/api/inspections/{inspectionId}/report.html", ctx -> downloads.html(ctx,
                reports.report(Requests.id(ctx, "inspectionId"))), Allowed.to(Action.READ_RATINGS));
    }
}
