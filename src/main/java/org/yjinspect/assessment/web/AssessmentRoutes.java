package org.yjinspect.assessment.web;

import org.yjinspect.access.web.CaseScope;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.platform.web.Routes;

/**
 * Case assessments over HTTP, one answer per request (autosave-friendly). Under
 * /api/inspections/{inspectionId}/assessments: GET (list), GET /{sampleCaseId} (the form),
 * PUT /{sampleCaseId}/prompts/{promptId}, PUT /{sampleCaseId}/key-questions/{keyQuestionId},
 * PUT /{sampleCaseId}/key-questions/{keyQuestionId}/evidence, PUT /{sampleCaseId}/judgement,
 * POST /{sampleCaseId}/status (accepting or returning for rework is the lead inspector's:
 * {@link org.yjinspect.assessment.domain.QualityAssurancePolicy}, 403 with its reason).
 * Every write body carries baseRevision.
 */
public final class AssessmentRoutes implements Routes {
    private static final String BASE = "/api/inspections/{inspectionId}/assessments";
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,79}");
    private final AssessmentService assessments;
    private final RequestActor actors;
    private final CaseStatusAccess statusAccess;

    public AssessmentRoutes(AssessmentService assessments, RequestActor actors, CaseStatusAccess statusAccess) {
        this.assessments = assessments;
        this.actors = actors;
        this.statusAccess = statusAccess;
    }

    /** PUT .../prompts/{promptId} and .../key-questions/{keyQuestionId}: "yes", "no", "not_applicable" or "not_relevant", or null to clear. */
    public record AnswerRequest(String answer, Integer baseRevision) {
    }

    /** PUT .../evidence. */
    public record EvidenceRequest(String note, Boolean goodPracticeExample, Integer baseRevision) {
    }

    /** PUT .../judgement: the inspector's classifications (low, medium, high, very_high) and agreement. */
    public record JudgementRequest(String riskOfSeriousHarm, Boolean riskOfSeriousHarmAgreesWithService,
                                   String safetyWellbeing, Boolean safetyWellbeingAgreesWithService,
                                   Integer baseRevision) {
    }

    /** POST .../status: in_progress, submitted, accepted or returned_for_rework (with a reason). */
    public record StatusRequest(String status, String reason, Integer baseRevision) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> RecordJson.send(ctx, CaseScope.of(ctx).filter(
                assessments.list(Requests.id(ctx, "inspectionId")), c -> c.assessedCase().sampleCaseId())),
                Allowed.to(Action.READ_CASE));
        routes.get(BASE + "/{sampleCaseId}", ctx -> RecordJson.send(ctx,
                assessments.show(Requests.id(ctx, "inspectionId"), Requests.id(ctx, "sampleCaseId"))),
                Allowed.to(Action.READ_CASE));
        routes.put(BASE + "/{sampleCaseId}/prompts/{promptId}", ctx -> {
            AnswerRequest r = Requests.body(ctx, AnswerRequest.class);
            RecordJson.send(ctx, assessments.savePrompt(new SavePromptAnswerCommand(ref(ctx, r.baseRevision()),
                    frameworkId(ctx, "promptId"), r.answer())));
        }, Allowed.to(Action.ASSESS_CASE));
        routes.put(BASE + "/{sampleCaseId}/key-questions/{keyQuestionId}", ctx -> {
            AnswerRequest r = Requests.body(ctx, AnswerRequest.class);
            RecordJson.send(ctx, assessments.saveKeyQuestion(new SaveKeyQuestionAnswerCommand(
                    ref(ctx, r.baseRevision()), frameworkId(ctx, "keyQuestionId"), r.answer())));
        }, Allowed.to(Action.ASSESS_CASE));
        routes.put(BASE + "/{sampleCaseId}/key-questions/{keyQuestionId}/evidence", ctx -> {
            EvidenceRequest r = Requests.body(ctx, EvidenceRequest.class);
            RecordJson.send(ctx, assessments.saveEvidence(new SaveEvidenceCommand(ref(ctx, r.baseRevision()),
                    frameworkId(ctx, "keyQuestionId"), r.note(), Boolean.TRUE.equals(r.goodPracticeExample()))));
        }, Allowed.to(Action.ASSESS_CASE));
        routes.put(BASE + "/{sampleCaseId}/judgement", ctx -> {
            JudgementRequest r = Requests.body(ctx, JudgementRequest.class);
            RecordJson.send(ctx, assessments.saveJudgement(new SaveJudgementCommand(ref(ctx, r.baseRevision()),
                    r.riskOfSeriousHarm(), r.riskOfSeriousHarmAgreesWithService(), r.safetyWellbeing(),
                    r.safetyWellbeingAgreesWithService())));
        }, Allowed.to(Action.ASSESS_CASE));
        routes.post(BASE + "/{sampleCaseId}/status", ctx -> {
            StatusRequest r = Requests.body(ctx, StatusRequest.class);
            MoveCaseStatusCommand move = new MoveCaseStatusCommand(ref(ctx, r.baseRevision()), r.status(), r.reason());
            Ruling<Verdict> may = statusAccess.mayMove(ctx, move.to(), assessments);
            if (!may.allowed()) {
                throw new ForbiddenResponse(may.rule() + ": " + may.reason());
            }
            RecordJson.send(ctx, assessments.moveStatus(move));
        }, Allowed.to(Action.ASSESS_CASE));
    }

    private CaseRef ref(Context ctx, Integer baseRevision) {
        return new CaseRef(Requests.id(ctx, "inspectionId"), Requests.id(ctx, "sampleCaseId"),
                RecordJson.baseRevision(baseRevision), actors.of(ctx));
    }

    private static String frameworkId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!FRAMEWORK_ID.matcher(raw).matches()) {
            throw new BadRequest(name + " is written like 2.1.desistance.a (got \"" + SafeText.shown(raw) + "\")");
        }
        return raw;
    }
}
