package org.yjinspect.organisation.web;

import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import java.util.regex.Pattern;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.organisation.app.MeetingKinds;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * Under /api/inspections/{inspectionId}/organisation: GET (everything), PUT
 * /standards/{number}/questions/{question}, PUT /standards/{number}/proposed-rating, PUT /key-data,
 * POST and PUT /staff-survey[/{id}], POST and PUT /meetings[/{id}]. Writes carry baseRevision
 * (adding a survey line or meeting creates revision 1).
 */
public final class OrganisationRoutes implements Routes {
    private static final Pattern STANDARD_NUMBER = Pattern.compile("[1-4]\\.[1-9]");
    private static final String BASE = "/api/inspections/{inspectionId}/organisation";
    private final OrganisationService organisation;
    private final RequestActor actors;

    public OrganisationRoutes(OrganisationService organisation, RequestActor actors) {
        this.organisation = organisation;
        this.actors = actors;
    }

    /** PUT .../questions/{question}. */
    public record NoteRequest(String note, Integer baseRevision) {
    }

    /** PUT .../proposed-rating: the lead inspector's rating and rationale. */
    public record ProposalRequest(String rating, String rationale, Integer baseRevision) {
    }

    /** PUT .../key-data; any figure may be null (not known yet). */
    public record KeyDataRequest(BigDecimal budgetPounds, Integer staffHeadcount, BigDecimal vacancyRatePercent,
                                 BigDecimal averageCaseload, BigDecimal sicknessDaysPerPerson, Integer baseRevision) {
    }

    /** POST/PUT .../staff-survey. */
    public record SurveyRequest(String question, Integer responses, BigDecimal percentAgreeing, Boolean removed,
                                Integer baseRevision) {
    }

    /** POST/PUT .../meetings; kind is meeting, interview, focus_group or observation. */
    public record MeetingRequest(LocalDate heldOn, String kind, String withWhom, Integer participants,
                                 String standardNumber, Boolean removed, Integer baseRevision) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> RecordJson.send(ctx, organisation.show(Requests.id(ctx, "inspectionId"))), Allowed.to(Action.READ_EVIDENCE));
        routes.put(BASE + "/standards/{number}/questions/{question}", ctx -> {
            NoteRequest r = Requests.body(ctx, NoteRequest.class);
            RecordJson.send(ctx, organisation.saveNote(new SaveNoteCommand(ref(ctx, r.baseRevision()), standard(ctx),
                    (int) Requests.id(ctx, "question"), r.note())));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.put(BASE + "/standards/{number}/proposed-rating", ctx -> {
            ProposalRequest r = Requests.body(ctx, ProposalRequest.class);
            RecordJson.send(ctx, organisation.propose(new ProposeRatingCommand(ref(ctx, r.baseRevision()), standard(ctx), r.rating(), r.rationale())));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.put(BASE + "/key-data", ctx -> {
            KeyDataRequest r = Requests.body(ctx, KeyDataRequest.class);
            RecordJson.send(ctx, organisation.saveKeyData(ref(ctx, r.baseRevision()), new KeyData(r.budgetPounds(),
                    r.staffHeadcount(), r.vacancyRatePercent(), r.averageCaseload(), r.sicknessDaysPerPerson())));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.post(BASE + "/staff-survey", ctx -> {
            SurveyRequest r = Requests.body(ctx, SurveyRequest.class);
            RecordJson.send(ctx, 201, organisation.addSurveyResult(ref(ctx, 0), survey(r)));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.put(BASE + "/staff-survey/{id}", ctx -> {
            SurveyRequest r = Requests.body(ctx, SurveyRequest.class);
            RecordJson.send(ctx, organisation.updateSurveyResult(ref(ctx, r.baseRevision()), Requests.id(ctx, "id"),
                    survey(r), Boolean.TRUE.equals(r.removed())));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.post(BASE + "/meetings", ctx -> {
            MeetingRequest r = Requests.body(ctx, MeetingRequest.class);
            RecordJson.send(ctx, 201, organisation.addMeeting(ref(ctx, 0), meeting(r)));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
        routes.put(BASE + "/meetings/{id}", ctx -> {
            MeetingRequest r = Requests.body(ctx, MeetingRequest.class);
            RecordJson.send(ctx, organisation.updateMeeting(ref(ctx, r.baseRevision()), Requests.id(ctx, "id"),
                    meeting(r), Boolean.TRUE.equals(r.removed())));
        }, Allowed.to(Action.RECORD_QUALITATIVE));
    }

    private RecordRef ref(Context ctx, Integer baseRevision) {
        return new RecordRef(Requests.id(ctx, "inspectionId"), RecordJson.baseRevision(baseRevision), actors.of(ctx));
    }

    private static SurveyResult survey(SurveyRequest r) {
        return new SurveyResult(r.question(), r.responses() == null ? -1 : r.responses(), r.percentAgreeing());
    }

    private static Meeting meeting(MeetingRequest r) {
        return new Meeting(r.heldOn(), MeetingKinds.parse(r.kind()), r.withWhom(), r.participants() == null ? 0 : r.participants(),
                r.standardNumber());
    }

    private static String standard(Context ctx) {
        String raw = ctx.pathParam("number");
        if (!STANDARD_NUMBER.matcher(raw).matches()) {
            throw new BadRequest("a standard is written like 1.1 (got \"" + SafeText.shown(raw) + "\")");
        }
        return raw;
    }
}
