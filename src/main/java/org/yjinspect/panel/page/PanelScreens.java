package org.yjinspect.panel.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.account.page.Frames;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.rating.app.StandardResult;

/** Renders the panel page and the publication confirmation from the panel's view as it stands now. */
final class PanelScreens {
    private final PanelService panel;
    private final Pages pages;

    PanelScreens(PanelService panel, Pages pages) {
        this.panel = panel;
        this.pages = pages;
    }

    /** The panel page; {@code forms} holds the forms posted and refused, by standard number. */
    void panel(Context ctx, long inspectionId, boolean mayDecide, boolean mayPublish, Map<String, DecisionForm> forms,
               int status) {
        PanelView view = panel.show(inspectionId);
        Map<String, StandardResult> results = new LinkedHashMap<>();
        view.live().rating().allStandards().forEach(r -> results.put(r.number(), r));
        List<StandardCard> cards = new ArrayList<>();
        for (PanelView.StandardLine line : view.standards()) {
            cards.add(new StandardCard(line, results.get(line.number()), forms.get(line.number())));
        }
        // A form for a standard the framework does not have is refused above the standards.
        String elsewhere = forms.entrySet().stream().filter(f -> !results.containsKey(f.getKey()))
                .map(f -> f.getValue().error()).findFirst().orElse(null);
        String service = view.live().inspection().details().serviceName();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("generalError", elsewhere);
        params.put("layout", Frames.of(ctx, (status == 400 ? "Error: " : "") + "Ratings panel: " + service,
                Layout.Section.INSPECTIONS));
        params.put("view", view);
        params.put("cards", cards);
        params.put("mayDecide", mayDecide && view.state().publishedAt() == null);
        params.put("mayPublish", mayPublish && view.state().publishedAt() == null);
        params.put("saved", ctx.queryParam("saved"));
        params.put("justPublished", ctx.queryParam("published") != null);
        pages.render(ctx, status, "panel/panel.jte", params);
    }

    /** The confirmation page: what publishing locks, and what still stands in the way if anything. */
    void publish(Context ctx, long inspectionId, String error, int status) {
        PanelView view = panel.show(inspectionId);
        String service = view.live().inspection().details().serviceName();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, (error != null ? "Error: " : "") + "Publish the ratings: " + service,
                Layout.Section.INSPECTIONS));
        params.put("view", view);
        params.put("error", error);
        pages.render(ctx, status, "panel/publish.jte", params);
    }
}
