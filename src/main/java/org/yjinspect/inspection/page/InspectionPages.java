package org.yjinspect.inspection.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Routes;

/**
 * GET/POST /inspections/new: "Create an inspection", a form that works without JavaScript.
 * Whoever creates it becomes its lead inspector; then the browser goes to its overview. A
 * refused form comes back with the GOV.UK error summary, each field's error, and what was typed.
 */
public final class InspectionPages implements Routes {
    private final InspectionService inspections;
    private final Pages pages;

    public InspectionPages(InspectionService inspections, Pages pages) {
        this.inspections = inspections;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/inspections/new", ctx -> form(ctx, 200, InspectionForm.blank()), Audience.SIGNED_IN);
        routes.post("/inspections/new", ctx -> {
            InspectionForm form = InspectionForm.read(ctx::formParam);
            CreateInspectionCommand command = form.command(new SignedInActor().of(ctx),
                    PrincipalResolver.required(ctx).username());
            if (command == null) {
                form(ctx, 400, form);
                return;
            }
            Inspection created = inspections.create(command);
            ctx.redirect("/inspections/" + created.id(), HttpStatus.SEE_OTHER);
        }, Audience.SIGNED_IN);
    }

    private void form(Context ctx, int status, InspectionForm form) {
        String title = form.errors().isEmpty() ? "Create an inspection" : "Error: Create an inspection";
        pages.render(ctx, status, "inspection/new.jte", Map.of("layout", Frames.of(ctx, title,
                Layout.Section.INSPECTIONS), "values", form.values(), "errors", form.errors(), "dates", form.dates()));
    }
}
