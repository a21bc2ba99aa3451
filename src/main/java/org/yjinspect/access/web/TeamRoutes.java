package org.yjinspect.access.web;

import org.yjinspect.access.domain.Action;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.RemoveMemberCommand;
import org.yjinspect.access.app.TeamNames;
import org.yjinspect.access.app.UnallocateCommand;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;

/**
 * GET/POST /api/inspections/{id}/team, DELETE /api/inspections/{id}/team/{username}/{role};
 * GET/POST /api/inspections/{id}/allocations, DELETE /api/inspections/{id}/allocations/{caseReference}.
 * The actor comes from {@link RequestActor} (X-Actor until the next slice).
 */
public final class TeamRoutes implements Routes {
    private static final String TEAM = "/api/inspections/{inspectionId}/team";
    private static final String ALLOCATIONS = "/api/inspections/{inspectionId}/allocations";
    private final InspectionTeam team;
    private final RequestActor actors;

    public TeamRoutes(InspectionTeam team, RequestActor actors) {
        this.team = team;
        this.actors = actors;
    }

    /** POST .../team: give a user a role. */
    public record MemberRequest(String username, String role) {
    }

    /** POST .../allocations: allocate a sampled case to a user. */
    public record AllocationRequest(String caseReference, String username) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TEAM, ctx -> RecordJson.send(ctx, team.team(id(ctx))), Allowed.to(Action.READ_INSPECTION));
        routes.post(TEAM, ctx -> {
            MemberRequest r = Requests.body(ctx, MemberRequest.class);
            InspectionTeam.Changed changed = team.add(new AddMemberCommand(id(ctx), r.username(),
                    TeamNames.role(r.role()), actors.of(ctx)));
            RecordJson.send(ctx, changed.changed() ? 201 : 200, changed);
        }, Allowed.to(Action.MANAGE_TEAM));
        routes.delete(TEAM + "/{username}/{role}", ctx -> RecordJson.send(ctx, team.remove(new RemoveMemberCommand(
                id(ctx), ctx.pathParam("username"), TeamNames.role(ctx.pathParam("role")), actors.of(ctx)))), Allowed.to(Action.MANAGE_TEAM));
        routes.get(ALLOCATIONS, ctx -> RecordJson.send(ctx, team.allocations(id(ctx))), Allowed.to(Action.READ_EVIDENCE));
        routes.post(ALLOCATIONS, ctx -> {
            AllocationRequest r = Requests.body(ctx, AllocationRequest.class);
            RecordJson.send(ctx, team.allocate(new AllocateCommand(id(ctx), r.caseReference(), r.username(),
                    actors.of(ctx))));
        }, Allowed.to(Action.MANAGE_CASELOAD));
        routes.delete(ALLOCATIONS + "/{caseReference}", ctx -> RecordJson.send(ctx, team.unallocate(
                new UnallocateCommand(id(ctx), ctx.pathParam("caseReference"), actors.of(ctx)))), Allowed.to(Action.MANAGE_CASELOAD));
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
