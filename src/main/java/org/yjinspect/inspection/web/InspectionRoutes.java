package org.yjinspect.inspection.web;

import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/** POST /api/inspections, GET /api/inspections, GET /api/inspections/{id}. */
public final class InspectionRoutes implements Routes {
    private final InspectionService inspections;

    public InspectionRoutes(InspectionService inspections) {
        this.inspections = inspections;
    }

    /** The body of POST /api/inspections; windows are "nearest-furthest" months, optional. */
    public record CreateRequest(String serviceName, String kind, String frameworkVersion, LocalDate announcementDate,
                                LocalDate fieldworkStart, LocalDate fieldworkEnd, WindowsRequest eligibilityWindows) {
    }

    /** Optional eligibility windows, e.g. {"court": "6-9"}. */
    public record WindowsRequest(String court, String outOfCourt, String resettlement) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/inspections", ctx -> {
            CreateRequest r = Requests.body(ctx, CreateRequest.class);
            WindowsRequest w = r.eligibilityWindows() == null ? new WindowsRequest(null, null, null)
                    : r.eligibilityWindows();
            CreateInspectionCommand command = new CreateInspectionCommand(r.serviceName(), r.kind(),
                    r.frameworkVersion(), r.announcementDate(), r.fieldworkStart(), r.fieldworkEnd(), w.court(),
                    w.outOfCourt(), w.resettlement());
            ctx.status(201).json(InspectionJson.of(inspections.create(command)));
        });
        routes.get("/api/inspections", ctx -> ctx.json(inspections.all().stream().map(InspectionJson::of).toList()));
        routes.get("/api/inspections/{inspectionId}", ctx ->
                ctx.json(InspectionJson.of(inspections.get(Requests.id(ctx, "inspectionId")))));
    }
}
