package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.page.Frames;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.secondreading.app.Outcome;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.app.SecondReadingService;
import org.yjinspect.secondreading.app.SubmitSecondReadingCommand;

/**
 * GET /inspections/{id}/second-reading/cases/{sampleCaseId}?standard=N: the second reader's own
 * form, the same prompts, key questions and classifications as the case form, with their answers
 * only; POST .../standards/{number} and .../classification save without JavaScript
 * ({@link ReadingAnswers}); POST .../submit submits the reading.
 */
final class ReadingPage {
    private final SecondReadingService readings;
    private final AssessmentService assessments;
    private final Requester requester;
    private final Pages pages;

    ReadingPage(SecondReadingService readings, AssessmentService assessments, Requester requester, Pages pages) {
        this.readings = readings;
        this.assessments = assessments;
        this.requester = requester;
        this.pages = pages;
    }

    void show(Context ctx) {
        ReadingView view = view(ctx, ctx.queryParam("standard"));
        view.done = ctx.queryParam("saved") != null ? "Your answers have been saved."
                : ctx.queryParam("submitted") != null ? "Your second reading has been submitted." : null;
        show(ctx, 200, view);
    }

    ReadingView view(Context ctx, String standard) {
        long id = Requester.inspection(ctx);
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        Outcome<SecondReadingForm> form = readings.form(id, sampleCaseId, Requester.who(ctx));
        if (!form.allowed()) {
            throw new ForbiddenResponse(form.because());
        }
        AssessedCase assessed = assessments.list(id).stream().map(c -> c.assessedCase())
                .filter(c -> c.sampleCaseId() == sampleCaseId).findFirst()
                .orElseThrow(() -> Problem.notFound("there is no sampled case " + sampleCaseId + " in inspection " + id));
        return new ReadingView(form.value(), assessed, standard,
                requester.mayChange(ctx, sampleCaseId, Action.SECOND_READ), requester.locked(ctx));
    }

    void show(Context ctx, int status, ReadingView view) {
        pages.render(ctx, status, "secondreading/reading.jte", Map.of("layout", Frames.of(ctx,
                (view.errors().isEmpty() ? "" : "Error: ") + "Second reading of case " + view.assessed().reference(),
                Layout.Section.INSPECTIONS), "view", view));
    }

    void submit(Context ctx) {
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        String revision = ChoosingForms.text(ctx, "revision");
        ReadingView view = view(ctx, ctx.formParam("standard"));
        try {
            Outcome<?> outcome = readings.submit(new SubmitSecondReadingCommand(Requester.inspection(ctx),
                    sampleCaseId, revision.matches("\\d{1,9}") ? Integer.parseInt(revision) : 0, Requester.who(ctx)));
            if (outcome.allowed()) {
                ctx.redirect(view.path() + "?submitted=true", HttpStatus.SEE_OTHER);
                return;
            }
            view.errors.add(new FormError("submit", outcome.because()));
            show(ctx, 409, view);
        } catch (Problem refused) {
            view.errors.add(new FormError("submit", refused.getMessage()));
            show(ctx, refused.kind().httpStatus(), view);
        }
    }
}
