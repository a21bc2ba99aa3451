package org.yjinspect.access.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.RemoveMemberCommand;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET /inspections/{id}/team: the members and their roles; POST .../team adds a member (username
 * and role), POST .../team/remove takes one role away. The forms are shown to those who may
 * manage the team; a refused form is shown again with what is wrong in the error summary.
 */
public final class TeamPages implements Routes {
    private static final String TEAM = "/inspections/{inspectionId}/team";
    private static final Map<String, String> DONE = Map.of("added", "The member has been added to the team.",
            "unchanged", "They already held that role; nothing was changed.",
            "removed", "The role has been taken away.");
    private final InspectionTeam team;
    private final PagePermissions permissions;
    private final Pages pages;
    private final SignedInActor actors = new SignedInActor();

    public TeamPages(InspectionTeam team, PagePermissions permissions, Pages pages) {
        this.team = team;
        this.permissions = permissions;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TEAM, ctx -> show(ctx, 200, List.of(), "", null), Allowed.to(Action.READ_INSPECTION));
        routes.post(TEAM, this::add, Allowed.to(Action.MANAGE_TEAM));
        routes.post(TEAM + "/remove", this::remove, Allowed.to(Action.MANAGE_TEAM));
    }

    private void add(Context ctx) {
        String username = ctx.formParam("username");
        Role role = Role.named(ctx.formParam("role"));
        if (username == null || username.isBlank()) {
            show(ctx, 400, List.of(new FormError("username", "Enter the username of the person to add")), "", role);
            return;
        }
        if (role == null) {
            show(ctx, 400, List.of(new FormError("role", "Select the role to give " + username.strip())), username, null);
            return;
        }
        try {
            boolean added = team.add(new AddMemberCommand(id(ctx), username, role, actors.of(ctx))).changed();
            ctx.redirect(path(ctx) + "?done=" + (added ? "added" : "unchanged"), HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), FormError.of("username", refused), username, role);
        }
    }

    private void remove(Context ctx) {
        Role role = Role.named(ctx.formParam("role"));
        try {
            Problem.require(role != null, "choose the role to take away from the list of members");
            team.remove(new RemoveMemberCommand(id(ctx), ctx.formParam("username"), role, actors.of(ctx)));
            ctx.redirect(path(ctx) + "?done=removed", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            // Not FormError.of: its message may start with a username, which must keep its own case.
            show(ctx, refused.kind().httpStatus(), List.of(new FormError("members", "The role was not taken away: "
                    + refused.getMessage())), "", null);
        }
    }

    private void show(Context ctx, int status, List<FormError> errors, String username, Role role) {
        long id = id(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, errors.isEmpty() ? "Team" : "Error: Team", Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        params.put("members", team.team(id));
        params.put("manage", permissions.may(ctx, id, Action.MANAGE_TEAM));
        params.put("locked", permissions.locked(ctx, id));
        params.put("errors", errors);
        params.put("username", username == null ? "" : username);
        params.put("role", role);
        params.put("done", errors.isEmpty() ? DONE.get(String.valueOf(ctx.queryParam("done"))) : null);
        pages.render(ctx, status, "access/team.jte", params);
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static String path(Context ctx) {
        return "/inspections/" + id(ctx) + "/team";
    }
}
