package org.yjinspect.inspection.web;

import java.util.function.Predicate;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.Audience;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RequestActor;

/**
 * POST /api/inspections, GET /api/inspections, GET /api/inspections/{id}, DELETE
 * /api/inspections/{id} (never published; body {"reason": ...}). Whoever creates an inspection
 * becomes its lead inspector; the list shows only the inspections one may see.
 */
public final class InspectionRoutes implements Routes {
    private final InspectionService inspections;
    private final RequestActor actors;
    private final InspectionAccess access;

    public InspectionRoutes(InspectionService inspections, RequestActor actors, InspectionAccess access) {
        this.inspections = inspections;
        this.actors = actors;
        this.access = access;
    }

    /** The body of POST /api/inspections; windows are "nearest-furthest" months, optional. */
    public record CreateRequest(String serviceName, String kind, String frameworkVersion, LocalDate announcementDate,
                                LocalDate fieldworkStart, LocalDate fieldworkEnd, WindowsRequest eligibilityWindows) {
    }

    /** Optional eligibility windows, e.g. {"court": "6-9"}. */
    public record WindowsRequest(String court, String outOfCourt, String resettlement) {
    }

    /** The body of DELETE /api/inspections/{id}. */
    public record DeleteRequest(String reason) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/inspections", ctx -> {
            var actor = actors.of(ctx);
            CreateRequest r = Requests.body(ctx, CreateRequest.class);
            WindowsRequest w = r.eligibilityWindows() == null ? new WindowsRequest(null, null, null)
                    : r.eligibilityWindows();
            CreateInspectionCommand command = new CreateInspectionCommand(r.serviceName(), r.kind(),
                    r.frameworkVersion(), r.announcementDate(), r.fieldworkStart(), r.fieldworkEnd(), w.court(),
                    w.outOfCourt(), w.resettlement(), actor, PrincipalResolver.required(ctx).username());
            ctx.status(201).json(InspectionJson.of(inspections.create(command)));
        }, Audience.SIGNED_IN);
        routes.get("/api/inspections", ctx -> {
            Principal principal = PrincipalResolver.required(ctx);
            Predicate<Long> seen = access.seen(new InspectionAccess.Asker(principal.userId(), principal.administrator()));
            ctx.json(inspections.all().stream().filter(i -> seen.test(i.id())).map(InspectionJson::of).toList());
        }, Audience.SIGNED_IN);
        routes.get("/api/inspections/{inspectionId}", ctx ->
                ctx.json(InspectionJson.of(inspections.get(Requests.id(ctx, "inspectionId")))),
                Allowed.to(Action.READ_INSPECTION));
        routes.delete("/api/inspections/{inspectionId}", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            var actor = actors.of(ctx);
            DeleteRequest r = Requests.body(ctx, DeleteRequest.class);
            ctx.json(DeletionJson.of(inspections.delete(new DeleteInspectionCommand(id, r.reason(), actor))));
        }, Allowed.to(Action.DELETE_INSPECTION));
    }
}
