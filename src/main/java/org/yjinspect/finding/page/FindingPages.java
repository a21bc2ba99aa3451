package org.yjinspect.finding.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.app.ChangeFindingCommand;
import org.yjinspect.finding.app.Findings;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.panel.app.PanelDecisions;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;

/**
 * GET /inspections/{inspectionId}/findings (READ_RATINGS) and its forms (EDIT_REPORT): add (POST
 * .../findings), change (POST .../{id}) and remove (POST .../{id}/remove), each answered by a
 * redirect back to the page; a refusal shows the page again with the error summary, the message
 * on the field and what was typed.
 */
public final class FindingPages implements Routes {
    private static final String BASE = "/inspections/{inspectionId}/findings";
    private static final Map<String, String> DONE = Map.of("added", "The finding has been added.",
            "changed", "The finding has been changed.", "removed", "The finding has been removed.");
    private final Findings findings;
    private final PanelService panel;
    private final PagePermissions permissions;
    private final RequestActor actors;
    private final Pages pages;

    public FindingPages(Findings findings, PanelService panel, PagePermissions permissions, RequestActor actors,
                        Pages pages) {
        this.findings = findings;
        this.panel = panel;
        this.permissions = permissions;
        this.actors = actors;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        Allowed edit = Allowed.to(Action.EDIT_REPORT);
        routes.get(BASE, ctx -> show(ctx, 200, FindingForm.NONE), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE, ctx -> write(ctx, FindingForm.NEW, "added", () -> findings.add(new AddFindingCommand(
                inspection(ctx), domain(ctx), kind(ctx), ctx.formParam("text"), actors.of(ctx)))), edit);
        routes.post(BASE + "/{id}", ctx -> write(ctx, ctx.pathParam("id"), "changed", () -> findings.change(
                new ChangeFindingCommand(inspection(ctx), Requests.id(ctx, "id"), revision(ctx), ctx.formParam("text"),
                        actors.of(ctx)))), edit);
        routes.post(BASE + "/{id}/remove", ctx -> write(ctx, "list", "removed", () -> findings.remove(inspection(ctx),
                Requests.id(ctx, "id"), actors.of(ctx))), edit);
    }

    private void write(Context ctx, String form, String done, Runnable write) {
        String field = form.equals("list") ? "findings" : form.equals(FindingForm.NEW) ? "" : "finding-" + form + "-";
        try {
            write.run();
            ctx.redirect("/inspections/" + inspection(ctx) + "/findings?done=" + done, HttpStatus.SEE_OTHER);
        } catch (StaleRecord stale) {
            show(ctx, 409, typed(ctx, form, field + "text", stale.getMessage()));
        } catch (InspectionLocked locked) {
            show(ctx, 423, typed(ctx, form, "findings", locked.getMessage()));
        } catch (Problem refused) {
            if (refused.kind() == Problem.Kind.NOT_FOUND) {
                throw refused;
            }
            String message = refused.getMessage();
            String at = form.equals("list") ? field : message.startsWith("the domain") ? "domain"
                    : message.startsWith("the kind") ? "kind" : field + "text";
            show(ctx, refused.kind().httpStatus(), typed(ctx, form, at, message));
        }
    }

    private void show(Context ctx, int status, FindingForm form) {
        long id = inspection(ctx);
        PanelDecisions.InspectionState state = panel.state(id);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, (form.errors().isEmpty() ? "" : "Error: ")
                + "Strengths and areas for improvement", Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        params.put("sections", FindingSections.of(findings.domains(id), findings.lines(id)));
        params.put("edit", state.publishedAt() == null && permissions.may(ctx, id, Action.EDIT_REPORT));
        params.put("published", state.publishedAt() == null ? null
                : state.publishedAt().toString().substring(0, 10) + " by " + state.publishedBy());
        params.put("form", form);
        params.put("done", form.errors().isEmpty() ? DONE.get(String.valueOf(ctx.queryParam("done"))) : null);
        pages.render(ctx, status, "finding/findings.jte", params);
    }

    /** The domain chosen; the use case checks it is one of the framework's. */
    private static int domain(Context ctx) {
        String raw = ctx.formParam("domain");
        if (raw == null || !raw.matches("[0-9]")) {
            throw Problem.invalid("the domain is required: select the domain the finding belongs to");
        }
        return Integer.parseInt(raw);
    }

    private static FindingKind kind(Context ctx) {
        return FindingKind.parse(ctx.formParam("kind")).orElseThrow(() -> Problem.invalid(
                "the kind is required: select whether it is a strength or an area for improvement"));
    }

    private static int revision(Context ctx) {
        String raw = ctx.formParam("baseRevision");
        if (raw == null || !raw.matches("[0-9]{1,6}")) {
            throw Problem.invalid("the revision this change is based on is missing; reload the page");
        }
        return Integer.parseInt(raw);
    }

    private static FindingForm typed(Context ctx, String form, String field, String message) {
        return new FindingForm(form, blankIfNull(ctx.formParam("domain")), blankIfNull(ctx.formParam("kind")),
                blankIfNull(ctx.formParam("text")), Map.of(field, Character.toUpperCase(message.charAt(0))
                + message.substring(1)));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
