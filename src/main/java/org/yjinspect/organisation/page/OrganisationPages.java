package org.yjinspect.organisation.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Consumer;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.organisation.app.MeetingKinds;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.web.RequestActor;

/**
 * GET /inspections/{inspectionId}/organisation (READ_EVIDENCE) and its forms (RECORD_QUALITATIVE),
 * each a POST that saves one record and goes back to the page (post/redirect/get): a question's
 * evidence, a standard's proposed rating, the key data, a staff survey line or a meeting (added,
 * changed or removed). A refused value is shown on its field; a stale base revision shows the
 * record as it now stands, who changed it and when, beside what was typed.
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
        routes.get(BASE, ctx -> page.show(ctx, 200, OrganisationPage.Refusal.NONE), Allowed.to(Action.READ_EVIDENCE));
        routes.post(BASE + "/standards/{number}/questions/{question}", ctx -> {
            String standard = ctx.pathParam("number");
            int question = (int) Requests.id(ctx, "question");
            save(ctx, "q-" + anchor(standard) + "-" + question, "note", "standard-" + anchor(standard), v -> organisation.saveNote(
                    new SaveNoteCommand(ref(ctx, v), standard, question, v.text("note"))));
        }, record);
        routes.post(BASE + "/standards/{number}/proposed-rating", ctx -> {
            String standard = ctx.pathParam("number");
            save(ctx, "rating-" + anchor(standard), "rating", "standard-" + anchor(standard), v -> organisation.propose(
                    new ProposeRatingCommand(ref(ctx, v), standard, v.text("rating"), v.text("rationale"))));
        }, record);
        routes.post(BASE + "/key-data", ctx -> save(ctx, "key", "budgetPounds", "key-data", v -> organisation
                .saveKeyData(ref(ctx, v), new KeyData(v.decimal("budgetPounds", "the budget in pounds", "1250000"),
                        v.whole("staffHeadcount", "the staff headcount", "42"),
                        v.decimal("vacancyRatePercent", "the vacancy rate", "12.5"),
                        v.decimal("averageCaseload", "the average caseload", "8.5"),
                        v.decimal("sicknessDaysPerPerson", "the sickness days per person", "6.2")))), record);
        routes.post(BASE + "/staff-survey", ctx -> save(ctx, "survey-new", "question", "staff-survey",
                v -> organisation.addSurveyResult(new RecordRef(inspection(ctx), 0, actors.of(ctx)), survey(v))), record);
        routes.post(BASE + "/staff-survey/{id}", ctx -> {
            long id = Requests.id(ctx, "id");
            save(ctx, "survey-" + id, "question", "staff-survey", v -> {
                boolean remove = v.pressed("action", "remove");
                SurveyResult result = remove ? page.surveyLine(inspection(ctx), id) : survey(v);
                organisation.updateSurveyResult(ref(ctx, v), id, result, remove);
            });
        }, record);
        routes.post(BASE + "/meetings", ctx -> save(ctx, "meeting-new", "heldOn-day", "meetings",
                v -> organisation.addMeeting(new RecordRef(inspection(ctx), 0, actors.of(ctx)), meeting(v))), record);
        routes.post(BASE + "/meetings/{id}", ctx -> {
            long id = Requests.id(ctx, "id");
            save(ctx, "meeting-" + id, "heldOn-day", "meetings", v -> {
                boolean remove = v.pressed("action", "remove");
                Meeting meeting = remove ? page.meeting(inspection(ctx), id) : meeting(v);
                organisation.updateMeeting(ref(ctx, v), id, meeting, remove);
            });
        }, record);
    }

    /** Runs one form's write: back to the page when saved, else the page again with what stopped it. */
    private void save(Context ctx, String form, String firstField, String anchor, Consumer<FormValues> write) {
        FormValues values = new FormValues(ctx, form);
        OrganisationPage.Refusal refusal;
        int status;
        try {
            write.accept(values);
            ctx.redirect(BASE.replace("{inspectionId}", String.valueOf(inspection(ctx))) + "?saved=" + form + "#"
                    + anchor, HttpStatus.SEE_OTHER);
            return;
        } catch (FormValues.Refused refused) {
            refusal = OrganisationPage.Refusal.of(refused.field, refused.getMessage(), values.typed());
            status = 400;
        } catch (StaleRecord stale) {
            refusal = OrganisationPage.Refusal.stale(form + "-" + firstField, stale, values.typed());
            status = 409;
        } catch (InspectionLocked locked) {
            refusal = OrganisationPage.Refusal.of(form + "-" + firstField, locked.getMessage(), values.typed());
            status = 423;
        } catch (Problem problem) {
            if (problem.kind() == Problem.Kind.NOT_FOUND) {
                throw problem;
            }
            refusal = OrganisationPage.Refusal.of(FieldWords.field(form, problem.getMessage(), firstField),
                    FieldWords.words(problem.getMessage()), values.typed());
            status = problem.kind().httpStatus();
        }
        page.show(ctx, status, refusal);
    }

    private RecordRef ref(Context ctx, FormValues values) {
        return new RecordRef(inspection(ctx), values.revision(), actors.of(ctx));
    }

    /** A standard's number as it is written in the ids of its page section and forms ("1.2" is "1-2"). */
    private static String anchor(String standard) {
        return standard.replace('.', '-');
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static SurveyResult survey(FormValues v) {
        Integer responses = v.whole("responses", "the number of responses", "35");
        if (responses == null) {
            throw new FormValues.Refused(v.id("responses"), "Enter the number of responses, like 35");
        }
        java.math.BigDecimal agreeing = v.decimal("percentAgreeing", "the percentage agreeing", "72.5");
        if (agreeing == null) {
            throw new FormValues.Refused(v.id("percentAgreeing"), "Enter the percentage agreeing, like 72.5");
        }
        return new SurveyResult(v.text("question"), responses, agreeing);
    }

    private static Meeting meeting(FormValues v) {
        var heldOn = v.date("heldOn", "the date it was held");
        Integer participants = v.whole("participants", "the number of people taking part", "6");
        if (participants == null) {
            throw new FormValues.Refused(v.id("participants"), "Enter the number of people taking part, like 6");
        }
        return new Meeting(heldOn, MeetingKinds.parse(v.text("kind")), v.text("withWhom"),
                participants, v.text("standardNumber"));
    }
}
