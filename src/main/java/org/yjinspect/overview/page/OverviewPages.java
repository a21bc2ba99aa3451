package org.yjinspect.overview.page;

import io.javalin.config.RoutesConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.overview.app.InspectionOverview;
import org.yjinspect.overview.app.InspectionProgress;
import org.yjinspect.overview.app.OverviewView;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET / (the inspections one may see, newest first, with stage and cases assessed) and GET
 * /inspections/{inspectionId} (the overview). The overview shows each person what their role
 * lets them read, asked of the access policy: the cases they may read (a local assessor only
 * theirs), and the live ratings only to those who may read ratings.
 */
public final class OverviewPages implements Routes {
    /** The tabs behind an action of their own (team and overview are for everyone on the inspection; cases by list). */
    private static final Map<String, Action> TABS = Map.of("caseload", Action.READ_EVIDENCE,
            "sample", Action.READ_EVIDENCE, "organisation", Action.READ_EVIDENCE, "panel", Action.READ_RATINGS,
            "report", Action.READ_RATINGS, "history", Action.READ_AUDIT, "comparison", Action.READ_RATINGS,
            "secondreading", Action.READ_AGREEMENT);
    private final InspectionService inspections;
    private final InspectionProgress progress;
    private final InspectionOverview overview;
    private final InspectionAccess access;
    private final Pages pages;

    public OverviewPages(InspectionService inspections, InspectionProgress progress, InspectionOverview overview,
                         InspectionAccess access, Pages pages) {
        this.inspections = inspections;
        this.progress = progress;
        this.overview = overview;
        this.access = access;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> {
            Predicate<Long> seen = access.seen(asker(PrincipalResolver.required(ctx)));
            List<InspectionProgress.Line> visible = inspections.all().stream().filter(i -> seen.test(i.id()))
                    .sorted((a, b) -> Long.compare(b.id(), a.id())).map(progress::of).toList();
            pages.render(ctx, "overview/list.jte", Map.of("layout",
                    Frames.of(ctx, "Inspections", Layout.Section.INSPECTIONS), "inspections", visible));
        }, Audience.SIGNED_IN);
        routes.get("/inspections/{inspectionId}", ctx -> {
            long id = Requests.id(ctx, "inspectionId");
            InspectionAccess.Asker asker = asker(PrincipalResolver.required(ctx));
            InspectionOverview.Shown shown = shown(asker, id);
            OverviewView view = overview.show(id, shown);
            pages.render(ctx, "overview/overview.jte", Map.of("layout", Frames.of(ctx,
                    view.inspection().details().serviceName(), Layout.Section.INSPECTIONS), "view", view,
                    "hiddenTabs", hiddenTabs(asker, id, shown)));
        }, Allowed.to(Action.READ_INSPECTION));
    }

    /** What this person may see of the inspection, as the access policy rules it. */
    private InspectionOverview.Shown shown(InspectionAccess.Asker asker, long inspectionId) {
        InspectionAccess.ListRuling cases = access.decideList(asker, inspectionId, Action.READ_CASE);
        boolean ratings = access.decide(asker, inspectionId, null, Action.READ_RATINGS).value() == Access.ALLOWED;
        return new InspectionOverview.Shown(cases.ruling().value() == Access.ALLOWED, cases.onlyCases(), ratings);
    }

    /** The inspection's pages this person may not open, so that the overview offers no link that would refuse them. */
    private Set<String> hiddenTabs(InspectionAccess.Asker asker, long inspectionId, InspectionOverview.Shown shown) {
        Set<String> hidden = new HashSet<>();
        TABS.forEach((tab, action) -> {
            if (access.decide(asker, inspectionId, null, action).value() != Access.ALLOWED) {
                hidden.add(tab);
            }
        });
        if (!shown.cases()) {
            hidden.add("cases");
        }
        return hidden;
    }

    private static InspectionAccess.Asker asker(Principal principal) {
        return new InspectionAccess.Asker(principal.userId(), principal.administrator());
    }
}
