package org.yjinspect.panel.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.app.StaleRecord;

/**
 * GET /inspections/{id}/panel (the ratings panel), POST .../panel/standards/{number} (a
 * decision), GET and POST .../panel/publish (the confirmation page, and publishing). A refused
 * decision comes back on its standard's form with the rule's reason; a stale one with the
 * decision recorded meanwhile, who made it and when.
 */
public final class PanelPages implements Routes {
    private final PanelService panel;
    private final InspectionAccess access;
    private final PanelScreens screens;
    private final SignedInActor actors = new SignedInActor();

    public PanelPages(PanelService panel, InspectionAccess access, Pages pages) {
        this.panel = panel;
        this.access = access;
        this.screens = new PanelScreens(panel, pages);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/inspections/{inspectionId}/panel", ctx -> screens.panel(ctx, id(ctx), may(ctx, Action.DECIDE_PANEL),
                may(ctx, Action.PUBLISH), Map.of(), 200), Allowed.to(Action.READ_RATINGS));
        routes.post("/inspections/{inspectionId}/panel/standards/{number}", this::decide, Allowed.to(Action.DECIDE_PANEL));
        routes.get("/inspections/{inspectionId}/panel/publish", ctx -> screens.publish(ctx, id(ctx), null, 200),
                Allowed.to(Action.PUBLISH));
        routes.post("/inspections/{inspectionId}/panel/publish", this::publish, Allowed.to(Action.PUBLISH));
    }

    private void decide(Context ctx) {
        long id = id(ctx);
        String number = ctx.pathParam("number");
        String rating = ctx.formParam("rating");
        String rationale = ctx.formParam("rationale") == null ? "" : ctx.formParam("rationale");
        Integer base = revision(ctx.formParam("baseRevision"));
        String error = null;
        PanelDecisions.Decision current = null;
        if (base == null) {
            error = "This form is missing the revision it was based on. Reload the page and decide again.";
        } else if (rating == null || rating.isBlank()) {
            error = "Choose the rating the panel settles on for standard " + number + ".";
        } else if (rationale.isBlank()) {
            error = "Enter the panel's rationale for standard " + number + ".";
        } else {
            try {
                panel.decide(new DecideCommand(id, number, rating, rationale, base, actors.of(ctx)));
                ctx.redirect("/inspections/" + id + "/panel?saved=" + number + "#standard-" + number.replace('.', '-'),
                        HttpStatus.SEE_OTHER);
                return;
            } catch (StaleRecord stale) {
                current = stale.current() instanceof PanelDecisions.Decision d ? d : null;
                base = current == null ? base : current.revision();
                error = "Someone else recorded a decision for standard " + number + " while you were deciding,"
                        + " so yours was not saved. Look at their decision, then keep it or send yours again.";
            } catch (Problem refused) {
                error = sentence(refused.getMessage());
            }
        }
        DecisionForm form = new DecisionForm(rating, rationale, base == null ? 0 : base, error, current);
        screens.panel(ctx, id, true, may(ctx, Action.PUBLISH), Map.of(number, form), 400);
    }

    private void publish(Context ctx) {
        long id = id(ctx);
        Integer base = revision(ctx.formParam("baseRevision"));
        if (base == null || base < 1) {
            screens.publish(ctx, id, "This form is missing the revision the panel looked at. Look at the"
                    + " confirmation page again and publish from there.", 400);
            return;
        }
        try {
            panel.publish(new PublishCommand(id, base, actors.of(ctx)));
            ctx.redirect("/inspections/" + id + "/panel?published=1", HttpStatus.SEE_OTHER);
        } catch (StaleRecord stale) {
            screens.publish(ctx, id, "The inspection changed while you were looking at this page. Check what is"
                    + " below again, then publish.", 409);
        } catch (Problem refused) {
            screens.publish(ctx, id, sentence(refused.getMessage()), refused.kind().httpStatus());
        }
    }

    private boolean may(Context ctx, Action action) {
        Principal principal = PrincipalResolver.required(ctx);
        return access.decide(new InspectionAccess.Asker(principal.userId(), principal.administrator()), id(ctx), null,
                action).value() == Access.ALLOWED;
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static Integer revision(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    static String sentence(String message) {
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
