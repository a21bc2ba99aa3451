package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.page.Frames;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SecondReadingService;
import org.yjinspect.secondreading.app.SettleCommand;

/**
 * GET /inspections/{id}/second-reading/reconciliation: the differences between the two readings,
 * case by case, side by side, each settled one with its agreed answer, who settled it, when and
 * why; POST settles one ({@code sampleCaseId}, {@code level}, {@code itemId}, {@code agreedAnswer},
 * {@code reason}, all required), then back to the case on the page (post/redirect/get).
 */
final class ReconciliationPage {
    private final SecondReadingService readings;
    private final Requester requester;
    private final Pages pages;

    ReconciliationPage(SecondReadingService readings, Requester requester, Pages pages) {
        this.readings = readings;
        this.requester = requester;
        this.pages = pages;
    }

    void show(Context ctx) {
        show(ctx, 200, SettleForm.NONE);
    }

    private void show(Context ctx, int status, SettleForm sent) {
        long id = Requester.inspection(ctx);
        boolean settles = requester.mayChange(ctx, null, Action.SETTLE_READINGS);
        String done = sent.errors().isEmpty() && "settled".equals(ctx.queryParam("done"))
                ? "The difference has been settled: the agreed answer is now the case's live answer." : null;
        pages.render(ctx, status, "secondreading/reconciliation.jte", Map.of("layout", Frames.of(ctx,
                (sent.errors().isEmpty() ? "" : "Error: ") + "Differences to settle", Layout.Section.INSPECTIONS),
                "inspectionId", id, "cases", readings.disagreements(id, Requester.who(ctx)), "settles", settles,
                "sent", sent, "done", done == null ? "" : done));
    }

    void settle(Context ctx) {
        String caseId = ChoosingForms.text(ctx, "sampleCaseId");
        String level = ChoosingForms.text(ctx, "level");
        String item = ChoosingForms.text(ctx, "itemId");
        String agreed = ChoosingForms.text(ctx, "agreedAnswer");
        String reason = ChoosingForms.text(ctx, "reason");
        String key = SettleForm.key(caseId, item);
        SecondReadItem.Level parsed = level(level);
        if (!caseId.matches("\\d{1,18}") || parsed == null || item.isEmpty()) {
            show(ctx, 400, new SettleForm(key, agreed, reason, List.of(new FormError("differences",
                    "Settle a difference with its own form on this page"))));
            return;
        }
        List<FormError> missing = new java.util.ArrayList<>();
        if (agreed.isEmpty()) {
            missing.add(new FormError("agreed-" + key, "Select the agreed answer"));
        }
        if (reason.isEmpty()) {
            missing.add(new FormError("reason-" + key, "Enter why this is the agreed answer, for example what the"
                    + " case record shows"));
        }
        if (!missing.isEmpty()) {
            show(ctx, 400, new SettleForm(key, agreed, reason, missing));
            return;
        }
        try {
            Outcome<?> outcome = readings.settle(new SettleCommand(Requester.inspection(ctx), Long.parseLong(caseId),
                    parsed, item, agreed, reason, Requester.who(ctx)));
            if (!outcome.allowed()) {
                show(ctx, 409, new SettleForm(key, agreed, reason, List.of(new FormError("agreed-" + key, outcome.because()))));
                return;
            }
            ctx.redirect("/inspections/" + Requester.inspection(ctx) + "/second-reading/reconciliation?done=settled#"
                    + key, HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), new SettleForm(key, agreed, reason, List.of(new FormError(
                    (refused.getMessage().startsWith("reason") ? "reason-" : "agreed-") + key, refused.getMessage()))));
        }
    }

    private static SecondReadItem.Level level(String given) {
        try {
            return given.isEmpty() ? null : SecondReadItem.Level.valueOf(given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
