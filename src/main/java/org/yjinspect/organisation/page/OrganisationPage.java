package org.yjinspect.organisation.page;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.FormErrors;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.page.Times;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.StaleRecord;

/** Renders the organisational delivery page: the evidence as it stands, and what stopped a form, if anything. */
public final class OrganisationPage {
    private final OrganisationService organisation;
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final Pages pages;

    /**
     * What stopped a form: the field (its id), the message, the values as typed, and for a stale
     * revision who changed the record and when.
     */
    record Refusal(String field, String message, Map<String, String> typed, String changedBy, String changedAt) {
        static final Refusal NONE = new Refusal(null, null, Map.of(), null, null);

        static Refusal of(String field, String message, Map<String, String> typed) {
            return new Refusal(field, message, typed, null, null);
        }

        static Refusal stale(String field, StaleRecord stale, Map<String, String> typed) {
            String by = null;
            Instant at = null;
            if (stale.current() instanceof OrganisationRecords.EvidenceNote n) {
                by = n.updatedBy();
                at = n.updatedAt();
            } else if (stale.current() instanceof OrganisationRecords.ProposedRating p) {
                by = p.updatedBy();
                at = p.updatedAt();
            } else if (stale.current() instanceof OrganisationRecords.KeyDataRecord k) {
                by = k.updatedBy();
                at = k.updatedAt();
            } else if (stale.current() instanceof OrganisationRecords.SurveyLine s) {
                by = s.updatedBy();
                at = s.updatedAt();
            } else if (stale.current() instanceof OrganisationRecords.MeetingLine m) {
                by = m.updatedBy();
                at = m.updatedAt();
            }
            String when = at == null ? null : Times.at(at);
            String message = stale.getMessage();
            int cut = message.indexOf(" was changed by ");
            String what = cut > 0 ? message.substring(0, cut) : "this record";
            return new Refusal(field, by == null || when == null ? message : what + " was changed by " + by + " on "
                    + when + ", after you opened this page, so your change was not saved. The form now shows the"
                    + " version saved, with yours beside it: copy in what you still need and save again", typed, by,
                    when);
        }

        boolean stale() {
            return changedBy != null;
        }
    }

    public OrganisationPage(OrganisationService organisation, InspectionService inspections, InspectionAccess access,
                            Pages pages) {
        this.organisation = organisation;
        this.inspections = inspections;
        this.access = access;
        this.pages = pages;
    }

    void show(Context ctx, int status, Refusal refusal) {
        long inspectionId = Long.parseLong(ctx.pathParam("inspectionId"));
        Principal principal = PrincipalResolver.required(ctx);
        OrganisationView view = organisation.show(inspectionId);
        FormErrors errors = new FormErrors();
        if (refusal.field() != null) {
            errors.add(refusal.field(), refusal.message());
        }
        Map<String, Object> params = new HashMap<>();
        String title = (errors.any() ? "Error: " : "") + "Organisational delivery";
        params.put("layout", Frames.of(ctx, title, null));
        params.put("view", view);
        params.put("service", inspections.get(inspectionId).details().serviceName());
        params.put("canRecord", access.mayChange(new InspectionAccess.Asker(principal.userId(),
                principal.administrator()), inspectionId, null, Action.RECORD_QUALITATIVE));
        params.put("errors", errors.map());
        params.put("values", new ShownValues(refusal.typed(), refusal.stale()));
        String saved = ctx.queryParam("saved");
        params.put("saved", saved != null && saved.matches("[a-z0-9.-]{1,40}") ? saved : "");
        pages.render(ctx, status, "organisation/evidence.jte", params);
    }

    /** The survey line as recorded (a removal keeps its values). */
    SurveyResult surveyLine(long inspectionId, long id) {
        return organisation.show(inspectionId).staffSurvey().stream().filter(l -> l.id() == id).findFirst()
                .map(OrganisationRecords.SurveyLine::result)
                .orElseThrow(() -> Problem.notFound("there is no staff survey line " + id));
    }

    /** The meeting as recorded (a removal keeps its values). */
    Meeting meeting(long inspectionId, long id) {
        return organisation.show(inspectionId).meetings().stream().filter(l -> l.id() == id).findFirst()
                .map(OrganisationRecords.MeetingLine::meeting)
                .orElseThrow(() -> Problem.notFound("there is no meeting " + id));
    }
}
