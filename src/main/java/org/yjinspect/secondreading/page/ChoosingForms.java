package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import java.util.List;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.secondreading.app.AllocateSecondReaderCommand;
import org.yjinspect.secondreading.app.ChooseCasesCommand;
import org.yjinspect.secondreading.app.DrawCasesCommand;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SecondReadingService;
import org.yjinspect.secondreading.app.WithdrawCaseCommand;

/**
 * The lead's posts on the second-reading page: cases chosen by hand (checkboxes {@code case}),
 * a share drawn at random ({@code share}, optional {@code seed}), a second reader allocated
 * ({@code caseReference}, {@code reader}) and a case withdrawn. Each goes through the use case;
 * a refusal (a rule's reason or bad input) is the page again with the error on its field (400 for
 * input, 409 for a rule), and success is a redirect back (post/redirect/get).
 */
final class ChoosingForms {
    private final SecondReadingService readings;
    private final ChoosingPage page;

    ChoosingForms(SecondReadingService readings, ChoosingPage page) {
        this.readings = readings;
        this.page = page;
    }

    void choose(Context ctx) {
        List<String> picked = ctx.formParams("case");
        if (picked.isEmpty()) {
            refuse(ctx, 400, "cases", "Select at least one case to read a second time", "", "", picked, "", "");
            return;
        }
        attempt(ctx, "cases", picked, "", "", "", "", () -> readings.choose(new ChooseCasesCommand(
                Requester.inspection(ctx), picked, Requester.who(ctx))), "chosen");
    }

    void draw(Context ctx) {
        String share = text(ctx, "share");
        String seed = text(ctx, "seed");
        Integer percent = whole(share);
        if (percent == null || percent < 1 || percent > 100) {
            refuse(ctx, 400, "share", "Enter the share of the sample to draw as a whole number from 1 to 100, for"
                    + " example 10", share, seed, List.of(), "", "");
            return;
        }
        Long parsed;
        try {
            parsed = seed.isEmpty() ? null : Long.parseLong(seed);
        } catch (NumberFormatException e) {
            refuse(ctx, 400, "seed", "The seed must be a whole number, for example 20241014, or left empty for a"
                    + " random one", share, seed, List.of(), "", "");
            return;
        }
        attempt(ctx, "share", List.of(), share, seed, "", "", () -> readings.draw(new DrawCasesCommand(
                Requester.inspection(ctx), percent, parsed, Requester.who(ctx))), "drawn");
    }

    void allocate(Context ctx) {
        String reference = text(ctx, "caseReference");
        String reader = text(ctx, "reader");
        String field = "reader-" + FormError.anchor(reference);
        if (reader.isEmpty()) {
            refuse(ctx, 400, field, "Select the second reader of case " + reference, "", "", List.of(), reference, "");
            return;
        }
        attempt(ctx, field, List.of(), "", "", reference, reader, () -> readings.allocate(
                new AllocateSecondReaderCommand(Requester.inspection(ctx), reference, reader, Requester.who(ctx))),
                "allocated");
    }

    void withdraw(Context ctx) {
        String reference = text(ctx, "caseReference");
        attempt(ctx, "reader-" + FormError.anchor(reference), List.of(), "", "", reference, "", () -> readings.withdraw(
                new WithdrawCaseCommand(Requester.inspection(ctx), reference, Requester.who(ctx))), "withdrawn");
    }

    private void attempt(Context ctx, String field, List<String> picked, String share, String seed, String reference,
                         String reader, java.util.function.Supplier<Outcome<?>> action, String done) {
        try {
            Outcome<?> outcome = action.get();
            if (!outcome.allowed()) {
                refuse(ctx, 409, field, outcome.because(), share, seed, picked, reference, reader);
                return;
            }
            ChoosingPage.done(ctx, done);
        } catch (Problem refused) {
            refuse(ctx, refused.kind().httpStatus(), field, refused.getMessage(), share, seed, picked, reference, reader);
        }
    }

    private void refuse(Context ctx, int status, String field, String message, String share, String seed,
                        List<String> picked, String reference, String reader) {
        page.show(ctx, status, new ChoosingView.Typed(List.of(new FormError(field, message)), share, seed, picked,
                reference, reader));
    }

    private static Integer whole(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
