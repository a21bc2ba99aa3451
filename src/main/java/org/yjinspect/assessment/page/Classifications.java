package org.yjinspect.assessment.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;

/**
 * POST .../cases/{sampleCaseId}/classifications: the inspector's own classifications of the
 * case, posted without JavaScript. When someone else changed them first, the person's own are
 * shown again, unsaved, with the other person's in the error summary: saving again keeps theirs
 * over the other, reloading the page takes the other.
 */
final class Classifications {
    private static final String[] FIELDS = {"j:rosh", "j:rosh:agrees", "j:sw", "j:sw:agrees"};
    private final AssessmentService assessments;
    private final RequestActor actors;

    interface Shows {
        void show(Context ctx, int status, CaseForm form);
    }

    Classifications(AssessmentService assessments, RequestActor actors) {
        this.assessments = assessments;
        this.actors = actors;
    }

    void save(Context ctx, Shows page) {
        long inspectionId = Requests.id(ctx, "inspectionId");
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        CaseForm form = CaseForm.shown(ctx.formParam("standard"), false);
        Integer revision = revision(ctx.formParam("j:rev"));
        if (revision == null) {
            form.errors.add(new FormError("j:rosh", "The form was incomplete. Reload the page and try again."));
            page.show(ctx, 400, form);
            return;
        }
        try {
            assessments.saveJudgement(new SaveJudgementCommand(new CaseRef(inspectionId, sampleCaseId, revision,
                    actors.of(ctx)), ctx.formParam("j:rosh"), agrees(ctx.formParam("j:rosh:agrees")),
                    ctx.formParam("j:sw"), agrees(ctx.formParam("j:sw:agrees"))));
            ctx.redirect(CasePages.CasePath.of(inspectionId, sampleCaseId, form.standard) + "&saved=1",
                    HttpStatus.SEE_OTHER);
        } catch (StaleRecord stale) {
            CaseRecords.Judgement theirs = (CaseRecords.Judgement) stale.current();
            keep(ctx, form);
            form.revisions.put("j", theirs.revision());
            form.errors.add(new FormError("j:rosh", theirs.updatedBy() + " changed the classifications on "
                    + Words.when(theirs.updatedAt()) + " (risk of serious harm " + Words.term(theirs.riskOfSeriousHarm())
                    + ", safety and wellbeing " + Words.term(theirs.safetyWellbeing()) + "). Yours are shown below"
                    + " and not saved: save them again to keep yours, or reload the page to take theirs."));
            page.show(ctx, 409, form);
        } catch (Problem | InspectionLocked refused) {
            keep(ctx, form);
            form.errors.add(new FormError("j:rosh", CasePages.Sentences.of(refused.getMessage())));
            page.show(ctx, refused instanceof Problem p ? p.kind().httpStatus() : 423, form);
        }
    }

    private static void keep(Context ctx, CaseForm form) {
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            form.kept.put(field, value == null ? "" : value);
        }
    }

    private static Boolean agrees(String value) {
        return value == null || value.isBlank() ? null : "yes".equals(value);
    }

    private static Integer revision(String text) {
        try {
            return text == null ? null : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
