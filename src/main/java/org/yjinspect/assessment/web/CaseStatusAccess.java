package org.yjinspect.assessment.web;

import io.javalin.http.Context;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseStatusRule;
import org.yjinspect.assessment.domain.QualityAssurancePolicy;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Asks {@link QualityAssurancePolicy}, for one request on one case, whether the signed-in person
 * may move the case's status ({@link CaseStatusRule}, which the command line asks too). The API's
 * status route and the case page's status form both ask here, so they decide alike.
 */
public final class CaseStatusAccess {
    private final InspectionAccess access;

    public CaseStatusAccess(InspectionAccess access) {
        this.access = access;
    }

    /** The ruling on moving the case of this request ({inspectionId}, {sampleCaseId}) to {@code to}. */
    public Ruling<Verdict> mayMove(Context ctx, AssessmentStatus to, AssessmentService assessments) {
        return new CaseStatusRule(access, assessments).mayMove(asker(ctx), PrincipalResolver.required(ctx).username(),
                Requests.id(ctx, "inspectionId"), Requests.id(ctx, "sampleCaseId"), to);
    }

    /** Whether the person may accept the case or return it for rework (so the page offers those buttons). */
    public boolean mayAssure(Context ctx) {
        return access.decide(asker(ctx), Requests.id(ctx, "inspectionId"), null, Action.DECIDE_CASE).value()
                == Access.ALLOWED;
    }

    private static InspectionAccess.Asker asker(Context ctx) {
        Principal principal = PrincipalResolver.required(ctx);
        return new InspectionAccess.Asker(principal.userId(), principal.administrator());
    }
}
