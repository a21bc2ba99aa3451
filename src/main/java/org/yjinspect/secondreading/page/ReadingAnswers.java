package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.IntFunction;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SaveSecondAnswerCommand;
import org.yjinspect.secondreading.app.SaveSecondClassificationCommand;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.app.SecondReadingService;

/**
 * The second reader's form posted without JavaScript: one standard whole, or the classifications.
 * Each answer that differs from what the form was showing ({@code NAME:was}) is saved on its own
 * through the same use case as the API; a second reading has one revision, so each save is based
 * on the revision the one before it left. A refused answer is shown again on its field with what
 * was given. Field names as the case form's: {@code p:PROMPT}, {@code k:KEY-QUESTION}, {@code j:rosh},
 * {@code j:sw} and their {@code :agrees}; the form's {@code revision}.
 */
final class ReadingAnswers {
    private final SecondReadingService readings;
    private final ReadingPage page;

    ReadingAnswers(SecondReadingService readings, ReadingPage page) {
        this.readings = readings;
        this.page = page;
    }

    void saveStandard(Context ctx) {
        String number = ctx.pathParam("number");
        ReadingView view = page.view(ctx, number);
        SecondReadingForm.StandardForm standard = view.current();
        if (standard == null || !standard.number().equals(number)) {
            view.errors.add(new FormError("standards", "This case is not read against standard " + number
                    + ". Choose one of its standards below"));
            page.show(ctx, 400, view);
            return;
        }
        int[] revision = {revision(ctx)};
        for (SecondReadingForm.KeyQuestionForm kq : standard.keyQuestions()) {
            for (SecondReadingForm.PromptForm p : kq.prompts()) {
                answer(ctx, view, revision, "p:" + p.id(), base -> readings.saveAnswer(command(ctx, view,
                        SaveSecondAnswerCommand.Item.PROMPT, p.id(), "p:" + p.id(), base)));
            }
            answer(ctx, view, revision, "k:" + kq.id(), base -> readings.saveAnswer(command(ctx, view,
                    SaveSecondAnswerCommand.Item.KEY_QUESTION, kq.id(), "k:" + kq.id(), base)));
        }
        if (!view.errors.isEmpty()) {
            page.show(ctx, 400, page.view(ctx, number).keep(view));
            return;
        }
        int at = view.form().standards().indexOf(standard);
        String next = at + 1 < view.form().standards().size() ? view.form().standards().get(at + 1).number() : number;
        ctx.redirect(view.path() + "?standard=" + next + "&saved=true", HttpStatus.SEE_OTHER);
    }

    void saveClassification(Context ctx) {
        ReadingView view = page.view(ctx, ctx.formParam("standard"));
        String[] fields = {"j:rosh", "j:rosh:agrees", "j:sw", "j:sw:agrees"};
        boolean changed = false;
        for (String f : fields) {
            changed |= !text(ctx, f).equals(text(ctx, f + ":was"));
        }
        if (changed) {
            answer(ctx, view, new int[] {revision(ctx)}, "j:rosh", base -> readings.saveClassification(
                    new SaveSecondClassificationCommand(Requester.inspection(ctx), view.assessed().sampleCaseId(),
                            text(ctx, "j:rosh"), yesNo(text(ctx, "j:rosh:agrees")), text(ctx, "j:sw"),
                            yesNo(text(ctx, "j:sw:agrees")), base, Requester.who(ctx))));
        }
        if (!view.errors.isEmpty()) {
            for (String f : fields) {
                view.kept.put(f, text(ctx, f));
            }
            page.show(ctx, 400, view);
            return;
        }
        ctx.redirect(view.path() + "?standard=" + (view.current() == null ? "" : view.current().number())
                + "&saved=true", HttpStatus.SEE_OTHER);
    }

    private SaveSecondAnswerCommand command(Context ctx, ReadingView view, SaveSecondAnswerCommand.Item item, String id,
                                            String field, int base) {
        return new SaveSecondAnswerCommand(Requester.inspection(ctx), view.assessed().sampleCaseId(), item, id,
                text(ctx, field), base, Requester.who(ctx));
    }

    private static void answer(Context ctx, ReadingView view, int[] revision, String field,
                               IntFunction<Outcome<SecondReadingForm>> save) {
        String given = text(ctx, field);
        if (given.equals(text(ctx, field + ":was")) && !field.startsWith("j:")) {
            return;
        }
        try {
            Outcome<SecondReadingForm> saved = save.apply(revision[0]);
            if (saved.allowed()) {
                revision[0] = saved.value().revision();
                return;
            }
            refuse(view, field, given, saved.because());
        } catch (StaleRecord stale) {
            refuse(view, field, given, "Your second reading was changed in another window while you were answering;"
                    + " check this answer and save again");
        } catch (Problem | InspectionLocked refused) {
            refuse(view, field, given, refused.getMessage());
        }
    }

    private static void refuse(ReadingView view, String field, String given, String why) {
        view.kept.put(field, given);
        view.errors.add(new FormError(field, why));
    }

    private static int revision(Context ctx) {
        String given = text(ctx, "revision");
        return given.matches("\\d{1,9}") ? Integer.parseInt(given) : 0;
    }

    private static Boolean yesNo(String given) {
        return given.isEmpty() ? null : "yes".equals(given);
    }

    private static String text(Context ctx, String name) {
        return ChoosingForms.text(ctx, name);
    }
}
