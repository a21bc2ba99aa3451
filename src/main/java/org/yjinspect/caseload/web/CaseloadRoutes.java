package org.yjinspect.caseload.web;

import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.app.CaseloadSnapshot;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.app.ImportReport;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.platform.web.UploadGate;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.web.RequestActor;

/**
 * PUT /api/inspections/{id}/caseload with the CSV export as the body (optional
 * {@code ?skipInvalid=true}, Content-Type text/csv, one upload at a time) by the actor named in X-Actor; GET /api/inspections/{id}/caseload.
 */
public final class CaseloadRoutes implements Routes {
    private final CaseloadService caseloads;
    private final RequestActor actors;
    private final CaseloadCsvReader reader = new CaseloadCsvReader();
    /** One caseload (up to 64 MB) read at a time in this server's 256 MB heap; others get 503 (docs/security.md). */
    private final UploadGate uploads = new UploadGate(1);

    public CaseloadRoutes(CaseloadService caseloads, RequestActor actors) {
        this.caseloads = caseloads;
        this.actors = actors;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put("/api/inspections/{inspectionId}/caseload", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            var actor = actors.of(ctx);
            boolean skipInvalid = "true".equals(ctx.queryParam("skipInvalid"));
            Requests.requireCsv(ctx);
            uploads.read(ctx, upload -> importCaseload(upload, id, skipInvalid, actor));
        }, Allowed.to(Action.MANAGE_CASELOAD));
        routes.get("/api/inspections/{inspectionId}/caseload", ctx -> {
            CaseloadSnapshot snapshot = caseloads.caseload(Requests.id(ctx, "inspectionId"));
            Map<String, Long> byType = snapshot.records().stream().collect(Collectors.groupingBy(
                    c -> CaseTypes.code(c.caseType()), TreeMap::new, Collectors.counting()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("inspectionId", snapshot.inspectionId());
            body.put("caseloadRevision", snapshot.revision());
            body.put("cases", snapshot.cases().size());
            body.put("casesByType", byType);
            body.put("records", snapshot.records());
            ctx.json(body);
        }, Allowed.to(Action.READ_EVIDENCE));
    }

    private void importCaseload(Context ctx, long id, boolean skipInvalid, Actor actor) {
        ImportReport report = caseloads.importCaseload(new ImportCaseloadCommand(id,
                reader.read("request body", ctx.bodyAsBytes()), skipInvalid, actor));
        if (!report.imported()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", report.summary());
            body.put("report", report);
            ctx.status(400).json(body);
            return;
        }
        ctx.json(report);
    }
}
