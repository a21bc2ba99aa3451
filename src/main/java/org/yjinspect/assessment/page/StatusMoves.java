package org.yjinspect.assessment.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.web.CaseStatusAccess;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * POST .../cases/{sampleCaseId}/status: submit the case (whoever assesses it), accept it or
 * return it for rework with a reason (the lead inspector: {@link
 * org.yjinspect.assessment.domain.QualityAssurancePolicy}, asked as the API asks it). A refusal is
 * shown in the case page's error summary, in the words of the rule that refused it.
 */
final class StatusMoves {
    private final AssessmentService assessments;
    private final RequestActor actors;

    StatusMoves(AssessmentService assessments, RequestActor actors) {
        this.assessments = assessments;
        this.actors = actors;
    }

    void move(Context ctx, CaseStatusAccess statusAccess, Classifications.Shows page) {
        long inspectionId = Requests.id(ctx, "inspectionId");
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        String to = ctx.formParam("status");
        CaseForm form = CaseForm.shown(ctx.formParam("standard"), false);
        Ruling<Verdict> may = target(to).map(status -> statusAccess.mayMove(ctx, status, assessments)).orElse(null);
        if (may != null && !may.allowed()) {
            form.errors.add(new FormError("status", CasePages.Sentences.of(may.reason())));
            page.show(ctx, 403, form);
            return;
        }
        String reason = ctx.formParam("reason");
        if ("returned_for_rework".equals(to) && (reason == null || reason.isBlank())) {
            form.errors.add(new FormError("reason", "Enter why the case goes back for rework."));
            page.show(ctx, 400, form);
            return;
        }
        try {
            int revision = Integer.parseInt(ctx.formParam("rev") == null ? "-1" : ctx.formParam("rev"));
            assessments.moveStatus(new MoveCaseStatusCommand(new CaseRef(inspectionId, sampleCaseId,
                    Math.max(0, revision), actors.of(ctx)), to, ctx.formParam("reason")));
            ctx.redirect(CasePages.CasePath.of(inspectionId, sampleCaseId, form.standard) + "&moved=" + to, HttpStatus.SEE_OTHER);
        } catch (NumberFormatException e) {
            form.errors.add(new FormError("status", "The form was incomplete. Reload the page and try again."));
            page.show(ctx, 400, form);
        } catch (StaleRecord stale) {
            form.errors.add(new FormError("status", "Someone else changed this case's status meanwhile. Look at its"
                    + " status now and try again if it is still needed."));
            page.show(ctx, 409, form);
        } catch (Problem | InspectionLocked refused) {
            form.errors.add(new FormError("returned_for_rework".equals(to) ? "reason" : "status",
                    CasePages.Sentences.of(refused.getMessage())));
            form.kept.put("reason", ctx.formParam("reason") == null ? "" : ctx.formParam("reason"));
            page.show(ctx, refused instanceof Problem p ? p.kind().httpStatus() : 423, form);
        }
    }

    /** The status the form asks for, when it is one; any other text is left to the command to refuse in its words. */
    private static Optional<AssessmentStatus> target(String to) {
        return Arrays.stream(AssessmentStatus.values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(to))
                .findFirst();
    }
}
