package org.yjinspect.recommendation.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.recommendation.app.ChangeRecommendationCommand;
import org.yjinspect.recommendation.app.MoveRecommendationCommand;
import org.yjinspect.recommendation.app.Recommendations;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;

/**
 * GET /inspections/{inspectionId}/recommendations (READ_RATINGS) and its forms (EDIT_REPORT): add
 * (POST .../recommendations), change (POST .../{id}), move (POST .../{id}/move) and remove (POST
 * .../{id}/remove), each answered by a redirect back to the page; a refusal shows the page again
 * with the error summary, the message on the field and what was typed.
 */
public final class RecommendationPages implements Routes {
    private static final String BASE = "/inspections/{inspectionId}/recommendations";
    private static final Map<String, String> DONE = Map.of("added", "The recommendation has been added.",
            "changed", "The recommendation has been changed.", "moved", "The recommendation has been moved.",
            "removed", "The recommendation has been removed.");
    private final Recommendations recommendations;
    private final PanelService panel;
    private final PagePermissions permissions;
    private final RequestActor actors;
    private final Pages pages;

    public RecommendationPages(Recommendations recommendations, PanelService panel, PagePermissions permissions,
                               RequestActor actors, Pages pages) {
        this.recommendations = recommendations;
        this.panel = panel;
        this.permissions = permissions;
        this.actors = actors;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        Allowed edit = Allowed.to(Action.EDIT_REPORT);
        routes.get(BASE, ctx -> show(ctx, 200, RecommendationForm.NONE), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE, ctx -> write(ctx, RecommendationForm.NEW, "added", () -> recommendations.add(
                new AddRecommendationCommand(inspection(ctx), addressee(ctx), ctx.formParam("text"), actors.of(ctx)))),
                edit);
        routes.post(BASE + "/{id}", ctx -> write(ctx, ctx.pathParam("id"), "changed", () -> recommendations.change(
                new ChangeRecommendationCommand(inspection(ctx), Requests.id(ctx, "id"), revision(ctx),
                        ctx.formParam("addressee"), ctx.formParam("text"), actors.of(ctx)))), edit);
        routes.post(BASE + "/{id}/move", ctx -> write(ctx, "list", "moved", () -> recommendations.move(
                new MoveRecommendationCommand(inspection(ctx), Requests.id(ctx, "id"), position(ctx),
                        actors.of(ctx)))), edit);
        routes.post(BASE + "/{id}/remove", ctx -> write(ctx, "list", "removed", () -> recommendations.remove(
                inspection(ctx), Requests.id(ctx, "id"), actors.of(ctx))), edit);
    }

    private void write(Context ctx, String form, String done, Runnable write) {
        String field = form.equals("list") ? "recommendations" : form.equals(RecommendationForm.NEW) ? ""
                : "recommendation-" + form + "-";
        try {
            write.run();
            ctx.redirect("/inspections/" + inspection(ctx) + "/recommendations?done=" + done, HttpStatus.SEE_OTHER);
        } catch (StaleRecord stale) {
            show(ctx, 409, typed(ctx, form, field + "text", stale.getMessage()));
        } catch (InspectionLocked locked) {
            show(ctx, 423, typed(ctx, form, "recommendations", locked.getMessage()));
        } catch (Problem refused) {
            if (refused.kind() == Problem.Kind.NOT_FOUND) {
                throw refused;
            }
            String message = refused.getMessage();
            String at = form.equals("list") ? field : message.startsWith("the addressee")
                    ? field + (form.equals(RecommendationForm.NEW) ? addresseeField(ctx) : "addressee") : field + "text";
            show(ctx, refused.kind().httpStatus(), typed(ctx, form, at, message));
        }
    }

    private void show(Context ctx, int status, RecommendationForm form) {
        long id = inspection(ctx);
        PanelDecisions.InspectionState state = panel.state(id);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, (form.errors().isEmpty() ? "" : "Error: ") + "Recommendations",
                Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        RecommendationGroups groups = RecommendationGroups.of(recommendations.lines(id));
        params.put("groups", groups);
        params.put("edit", state.publishedAt() == null && permissions.may(ctx, id, Action.EDIT_REPORT));
        params.put("published", state.publishedAt() == null ? null
                : state.publishedAt().toString().substring(0, 10) + " by " + state.publishedBy());
        params.put("form", groups.groups().isEmpty() ? form : form.pointingAtTheRadios());
        params.put("done", form.errors().isEmpty() ? DONE.get(String.valueOf(ctx.queryParam("done"))) : null);
        pages.render(ctx, status, "recommendation/recommendations.jte", params);
    }

    /** The new recommendation's addressee: a group's, chosen by its radio, or typed for someone else. */
    private static String addressee(Context ctx) {
        String chosen = ctx.formParam("addressee");
        return chosen == null || RecommendationForm.SOMEONE_ELSE.equals(chosen) ? ctx.formParam("otherAddressee")
                : chosen;
    }

    private static String addresseeField(Context ctx) {
        return ctx.formParam("addressee") == null ? "otherAddressee" : RecommendationForm.SOMEONE_ELSE.equals(
                ctx.formParam("addressee")) ? "otherAddressee" : "addressee";
    }

    private static RecommendationForm typed(Context ctx, String form, String field, String message) {
        return new RecommendationForm(form, blankIfNull(ctx.formParam("addressee")),
                blankIfNull(ctx.formParam("otherAddressee")), blankIfNull(ctx.formParam("text")),
                Map.of(field, Character.toUpperCase(message.charAt(0)) + message.substring(1)));
    }

    private static int revision(Context ctx) {
        return number(ctx, "baseRevision", "the revision this change is based on is missing; reload the page");
    }

    private static int position(Context ctx) {
        return number(ctx, "position", "the position to move to is missing; reload the page");
    }

    private static int number(Context ctx, String field, String missing) {
        String raw = ctx.formParam(field);
        if (raw == null || !raw.matches("[0-9]{1,6}")) {
            throw Problem.invalid(missing);
        }
        return Integer.parseInt(raw);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
