package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import java.util.Map;
import org.yjinspect.account.page.Frames;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.secondreading.app.SecondReadingService;

/**
 * GET /inspections/{id}/second-reading/effect: for each case-based standard, its rating live, on
 * the first readings as given, on the second readings and on the agreed answers, each with the key
 * question that drives it, and the sentences saying what would move it.
 */
final class EffectPage {
    private final SecondReadingService readings;
    private final Pages pages;

    EffectPage(SecondReadingService readings, Pages pages) {
        this.readings = readings;
        this.pages = pages;
    }

    void show(Context ctx) {
        long id = Requester.inspection(ctx);
        pages.render(ctx, "secondreading/effect.jte", Map.of("layout", Frames.of(ctx, "Effect on ratings",
                Layout.Section.INSPECTIONS), "inspectionId", id, "effect", readings.effect(id, Requester.who(ctx))));
    }
}
