package org.yjinspect.context.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.context.app.ContextualFacts;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.web.RequestActor;

/**
 * GET /inspections/{inspectionId}/contextual-facts (READ_RATINGS): the caseload's profile and the
 * figures entered; POST .../figures enters one and POST .../figures/{id}/remove removes one
 * (EDIT_REPORT), each answered by a redirect back; a refusal shows the page again with the error
 * summary, the message on its field and what was typed.
 */
public final class ContextPages implements Routes {
    private static final String BASE = "/inspections/{inspectionId}/contextual-facts";
    private static final Map<String, String> DONE = Map.of("added", "The figure has been added.",
            "removed", "The figure has been removed.");
    private final ContextualFacts facts;
    private final PanelService panel;
    private final PagePermissions permissions;
    private final RequestActor actors;
    private final Pages pages;

    public ContextPages(ContextualFacts facts, PanelService panel, PagePermissions permissions, RequestActor actors,
                        Pages pages) {
        this.facts = facts;
        this.panel = panel;
        this.permissions = permissions;
        this.actors = actors;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> show(ctx, 200, Map.of()), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE + "/figures", ctx -> write(ctx, "added", () -> facts.addFigure(new AddFigureCommand(
                inspection(ctx), ctx.formParam("label"), ctx.formParam("value"), ctx.formParam("source"),
                actors.of(ctx)))), Allowed.to(Action.EDIT_REPORT));
        routes.post(BASE + "/figures/{id}/remove", ctx -> write(ctx, "removed", () -> facts.removeFigure(
                inspection(ctx), Requests.id(ctx, "id"), actors.of(ctx))), Allowed.to(Action.EDIT_REPORT));
    }

    private void write(Context ctx, String done, Runnable write) {
        try {
            write.run();
            ctx.redirect("/inspections/" + inspection(ctx) + "/contextual-facts?done=" + done + "#figures",
                    HttpStatus.SEE_OTHER);
        } catch (InspectionLocked locked) {
            show(ctx, 423, Map.of("figures", locked.getMessage()));
        } catch (Problem refused) {
            if (refused.kind() == Problem.Kind.NOT_FOUND) {
                throw refused;
            }
            String message = refused.getMessage();
            String field = message.startsWith("the figure's value") ? "value"
                    : message.startsWith("the figure's source") ? "source" : "label";
            show(ctx, refused.kind().httpStatus(), Map.of(field, message));
        }
    }

    private void show(Context ctx, int status, Map<String, String> refused) {
        long id = inspection(ctx);
        PanelDecisions.InspectionState state = panel.state(id);
        Map<String, String> errors = new LinkedHashMap<>();
        refused.forEach((field, message) -> errors.put(field, Character.toUpperCase(message.charAt(0))
                + message.substring(1)));
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, (errors.isEmpty() ? "" : "Error: ") + "Contextual facts",
                Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        params.put("facts", facts.of(id));
        params.put("edit", state.publishedAt() == null && permissions.may(ctx, id, Action.EDIT_REPORT));
        params.put("published", state.publishedAt() == null ? null
                : state.publishedAt().toString().substring(0, 10) + " by " + state.publishedBy());
        params.put("errors", errors);
        params.put("typed", errors.isEmpty() ? Map.of() : typed(ctx));
        params.put("done", errors.isEmpty() ? DONE.get(String.valueOf(ctx.queryParam("done"))) : null);
        pages.render(ctx, status, "context/contextual-facts.jte", params);
    }

    /** A share of the caseload as the tables show it: one decimal place. */
    public static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share);
    }

    private static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new HashMap<>();
        for (String field : new String[] {"label", "value", "source"}) {
            String value = ctx.formParam(field);
            typed.put(field, value == null ? "" : value);
        }
        return typed;
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
