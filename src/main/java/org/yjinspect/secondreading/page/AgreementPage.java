package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Map;
import java.util.function.LongFunction;
import org.yjinspect.account.page.Frames;
import org.yjinspect.agreement.domain.AgreementBreakdown;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.secondreading.app.AgreementView;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SecondReadingService;

/**
 * GET /inspections/{id}/second-reading/agreement: how far the two readings agree, on the cases
 * with both readings submitted, per inspection, standard, key question, prompt and pair of readers.
 */
final class AgreementPage {
    private final SecondReadingService readings;
    private final LongFunction<Wording> wording;
    private final Pages pages;

    AgreementPage(SecondReadingService readings, LongFunction<Wording> wording, Pages pages) {
        this.readings = readings;
        this.wording = wording;
        this.pages = pages;
    }

    void show(Context ctx) {
        long id = Requester.inspection(ctx);
        Outcome<AgreementView> view = readings.agreement(id, Requester.who(ctx));
        Outcome<AgreementBreakdown> breakdown = readings.agreementBreakdown(id, Requester.who(ctx));
        if (!view.allowed() || !breakdown.allowed()) {
            throw new ForbiddenResponse(view.allowed() ? breakdown.because() : view.because());
        }
        AgreementTables tables = AgreementTables.of(view.value().cases(), breakdown.value(), wording.apply(id));
        pages.render(ctx, "secondreading/agreement.jte", Map.of("layout", Frames.of(ctx, "Agreement between readings",
                Layout.Section.INSPECTIONS), "inspectionId", id, "agreement", tables));
    }
}
