package org.yjinspect.inspection.page;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Routes;

/** GET /: the inspections the signed-in person may see, newest first. */
public final class InspectionPages implements Routes {
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final Pages pages;

    public InspectionPages(InspectionService inspections, InspectionAccess access, Pages pages) {
        this.inspections = inspections;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> {
            Principal principal = PrincipalResolver.required(ctx);
            Predicate<Long> seen = access.seen(new InspectionAccess.Asker(principal.userId(), principal.administrator()));
            List<Inspection> visible = inspections.all().stream().filter(i -> seen.test(i.id()))
                    .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
            pages.render(ctx, "inspection/list.jte", Map.of("layout",
                    Frames.of(ctx, "Inspections", Layout.Section.INSPECTIONS), "inspections", visible));
        }, Audience.SIGNED_IN);
    }
}
