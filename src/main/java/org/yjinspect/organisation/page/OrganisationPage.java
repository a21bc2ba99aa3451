package org.yjinspect.organisation.page;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;

/**
 * Renders the organisational delivery pages: the index of the qualitative standards (how much
 * evidence each has, its proposed rating), and one standard's page with the evidence as it
 * stands and what stopped a form, if anything.
 */
public final class OrganisationPage {
    private final OrganisationService organisation;
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final Pages pages;

    public OrganisationPage(OrganisationService organisation, InspectionService inspections, InspectionAccess access,
                            Pages pages) {
        this.organisation = organisation;
        this.inspections = inspections;
        this.access = access;
        this.pages = pages;
    }

    void index(Context ctx) {
        long inspectionId = inspection(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, "Organisational delivery", null));
        params.put("view", organisation.show(inspectionId));
        params.put("service", inspections.get(inspectionId).details().serviceName());
        pages.render(ctx, 200, "organisation/index.jte", params);
    }

    void standard(Context ctx, int status, String number, Refusal refusal) {
        long inspectionId = inspection(ctx);
        OrganisationView view = organisation.show(inspectionId);
        List<OrganisationView.QualitativeStandard> standards = view.standards();
        int at = position(standards, number);
        if (at < 0) {
            throw Problem.notFound("there is no qualitative standard " + number + " in inspection " + inspectionId
                    + ": the organisational delivery page lists its standards");
        }
        OrganisationView.QualitativeStandard standard = standards.get(at);
        List<FormError> errors = refusal.errors();
        Principal principal = PrincipalResolver.required(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, (errors.isEmpty() ? "" : "Error: ") + standard.number() + " "
                + standard.name() + " – Organisational delivery", null));
        params.put("view", view);
        params.put("standard", standard);
        params.put("previous", at == 0 ? null : standards.get(at - 1));
        params.put("next", at == standards.size() - 1 ? null : standards.get(at + 1));
        params.put("service", inspections.get(inspectionId).details().serviceName());
        params.put("canRecord", access.mayChange(new InspectionAccess.Asker(principal.userId(),
                principal.administrator()), inspectionId, null, Action.RECORD_QUALITATIVE));
        params.put("errors", errors);
        params.put("values", new ShownValues(refusal.typed(), refusal.stale()));
        String saved = ctx.queryParam("saved");
        params.put("saved", saved != null && saved.matches("[a-z0-9.-]{1,40}") ? saved : "");
        pages.render(ctx, status, "organisation/standard.jte", params);
    }

    /** The standard named, when the inspection has it; else its first qualitative standard. */
    String standardOrFirst(long inspectionId, String number) {
        List<OrganisationView.QualitativeStandard> standards = organisation.show(inspectionId).standards();
        if (standards.isEmpty()) {
            throw Problem.notFound("inspection " + inspectionId + " has no qualitative standards");
        }
        return standards.get(Math.max(position(standards, number), 0)).number();
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

    private static int position(List<OrganisationView.QualitativeStandard> standards, String number) {
        for (int i = 0; i < standards.size(); i++) {
            if (standards.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    private static long inspection(Context ctx) {
        return Long.parseLong(ctx.pathParam("inspectionId"));
    }
}
