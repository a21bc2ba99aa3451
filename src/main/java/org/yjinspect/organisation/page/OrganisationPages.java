package org.yjinspect.organisation.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Consumer;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;

/**
 * GET /inspections/{inspectionId}/organisation, the index of the qualitative standards, and
 * GET .../organisation/standards/{number}, one standard's page (both READ_EVIDENCE), and the
 * forms of a standard's page (RECORD_QUALITATIVE), each a POST that saves one record and goes
 * back to the standard's page (post/redirect/get): a question's evidence, the proposed rating,
 * the key data, a staff survey line or a meeting (added, changed or removed). The forms that are
 * not about one standard (key data, survey, meetings) say which page they came from in the
 * hidden field {@code standard}. A refused value is shown on its field; a stale base revision
 * shows the record as it now stands, who changed it and when, beside what was typed.
 */
public final class OrganisationPages implements Routes {
    static final String BASE = "/inspections/{inspectionId}/organisation";
    private final OrganisationService organisation;
    private final OrganisationPage page;
    private final RequestActor actors;

    public OrganisationPages(OrganisationService organisation, OrganisationPage page, RequestActor actors) {
        this.organisation = organisation;
        this.page = page;
        this.actors = actors;
    }

    @Override
    public void register(RoutesConfig routes) {
        Allowed record = Allowed.to(Action.RECORD_QUALITATIVE);
        routes.get(BASE, page::index, Allowed.to(Action.READ_EVIDENCE));
        routes.get(BASE + "/standards/{number}", ctx -> page.standard(ctx, 200, ctx.pathParam("number"),
                Refusal.NONE), Allowed.to(Action.READ_EVIDENCE));
        routes.post(BASE + "/standards/{number}/questions/{question}", ctx -> {
            String standard = ctx.pathParam("number");
            int question = (int) Requests.id(ctx, "question");
            save(ctx, standard, "q-" + anchor(standard) + "-" + question, "note", v -> organisation.saveNote(
                    new SaveNoteCommand(ref(ctx, v), standard, question, v.text("note"))));
        }, record);
        routes.post(BASE + "/standards/{number}/proposed-rating", ctx -> {
            String standard = ctx.pathParam("number");
            save(ctx, standard, "rating-" + anchor(standard), "rating", v -> organisation.propose(
                    new ProposeRatingCommand(ref(ctx, v), standard, v.text("rating"), v.text("rationale"))));
        }, record);
        routes.post(BASE + "/key-data", ctx -> save(ctx, from(ctx), "key", "budgetPounds",
                v -> organisation.saveKeyData(ref(ctx, v), EvidenceForms.keyData(v))), record);
        routes.post(BASE + "/staff-survey", ctx -> save(ctx, from(ctx), "survey-new", "question",
                v -> organisation.addSurveyResult(new RecordRef(inspection(ctx), 0, actors.of(ctx)),
                        EvidenceForms.survey(v))), record);
        routes.post(BASE + "/staff-survey/{id}", ctx -> {
            long id = Requests.id(ctx, "id");
            save(ctx, from(ctx), "survey-" + id, "question", v -> {
                boolean remove = v.pressed("action", "remove");
                SurveyResult result = remove ? page.surveyLine(inspection(ctx), id) : EvidenceForms.survey(v);
                organisation.updateSurveyResult(ref(ctx, v), id, result, remove);
            });
        }, record);
        routes.post(BASE + "/meetings", ctx -> save(ctx, from(ctx), "meeting-new", "heldOn-day",
                v -> organisation.addMeeting(new RecordRef(inspection(ctx), 0, actors.of(ctx)),
                        EvidenceForms.meeting(v))), record);
        routes.post(BASE + "/meetings/{id}", ctx -> {
            long id = Requests.id(ctx, "id");
            save(ctx, from(ctx), "meeting-" + id, "heldOn-day", v -> {
                boolean remove = v.pressed("action", "remove");
                Meeting meeting = remove ? page.meeting(inspection(ctx), id) : EvidenceForms.meeting(v);
                organisation.updateMeeting(ref(ctx, v), id, meeting, remove);
            });
        }, record);
    }

    /**
     * Runs one form's write: back to the standard's page when saved (at the form), else that page
     * again with what stopped it.
     */
    private void save(Context ctx, String standard, String form, String firstField, Consumer<FormValues> write) {
        FormValues values = new FormValues(ctx, form);
        Refusal refusal;
        int status;
        try {
            write.accept(values);
            ctx.redirect(BASE.replace("{inspectionId}", String.valueOf(inspection(ctx))) + "/standards/" + standard
                    + "?saved=" + form + "#" + section(form, standard), HttpStatus.SEE_OTHER);
            return;
        } catch (FormValues.Refused refused) {
            refusal = Refusal.of(refused.field, refused.getMessage(), values.typed());
            status = 400;
        } catch (StaleRecord stale) {
            refusal = Refusal.stale(form + "-" + firstField, stale, values.typed());
            status = 409;
        } catch (InspectionLocked locked) {
            refusal = Refusal.of(form + "-" + firstField, locked.getMessage(), values.typed());
            status = 423;
        } catch (Problem problem) {
            if (problem.kind() == Problem.Kind.NOT_FOUND) {
                throw problem;
            }
            refusal = Refusal.of(FieldWords.field(form, problem.getMessage(), firstField),
                    FieldWords.words(problem.getMessage()), values.typed());
            status = problem.kind().httpStatus();
        }
        page.standard(ctx, status, standard, refusal);
    }

    /** The standard whose page a form about the whole service came from (its first standard when it says none). */
    private String from(Context ctx) {
        return page.standardOrFirst(inspection(ctx), ctx.formParam("standard"));
    }

    private RecordRef ref(Context ctx, FormValues values) {
        return new RecordRef(inspection(ctx), values.revision(), actors.of(ctx));
    }

    /** The id of the page's section holding the form, where the browser goes back to. */
    private static String section(String form, String standard) {
        if (form.startsWith("survey-")) {
            return "staff-survey";
        }
        if (form.startsWith("meeting-")) {
            return "meetings";
        }
        if (form.startsWith("rating-")) {
            return "proposed-rating";
        }
        return form.equals("key") ? "key-data" : "standard-" + anchor(standard);
    }

    /** A standard's number as it is written in the ids of its page section and forms ("1.2" is "1-2"). */
    private static String anchor(String standard) {
        return standard.replace('.', '-');
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
