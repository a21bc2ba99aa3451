package org.yjinspect.assessment.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.web.CaseScope;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.web.CaseStatusAccess;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RequestActor;

/**
 * The case assessment pages: GET /inspections/{inspectionId}/cases (the cases one may see),
 * GET .../cases/{sampleCaseId}?standard=N (one standard of one case), POST
 * .../cases/{sampleCaseId}/standards/{number} (that standard's answers, without JavaScript) and
 * POST .../cases/{sampleCaseId}/status (submit, accept, return for rework).
 */
public final class CasePages implements Routes {
    private static final String CASES = "/inspections/{inspectionId}/cases";
    private static final String CASE = CASES + "/{sampleCaseId}";
    private final AssessmentService assessments;
    private final InspectionAccess access;
    private final CaseStatusAccess statusAccess;
    private final RequestActor actors;
    private final Pages pages;
    private final OtherReadings others;

    public CasePages(AssessmentService assessments, InspectionAccess access, RequestActor actors, Pages pages) {
        this(assessments, access, actors, pages, OtherReadings.NONE);
    }

    /** With the cases each person reads a second time listed under their own. */
    public CasePages(AssessmentService assessments, InspectionAccess access, RequestActor actors, Pages pages,
                     OtherReadings others) {
        this.others = others;
        this.assessments = assessments;
        this.access = access;
        this.statusAccess = new CaseStatusAccess(access);
        this.actors = actors;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CASES, this::list, Allowed.to(Action.READ_CASE));
        routes.get(CASE, ctx -> show(ctx, CaseForm.shown(ctx.queryParam("standard"), ctx.queryParam("saved") != null)),
                Allowed.to(Action.READ_CASE));
        routes.post(CASE + "/standards/{number}", this::saveStandard, Allowed.to(Action.ASSESS_CASE));
        routes.post(CASE + "/status", ctx -> new StatusMoves(assessments, actors).move(ctx, statusAccess, this::show),
                Allowed.to(Action.ASSESS_CASE));
        routes.post(CASE + "/classifications", ctx -> new Classifications(assessments, actors).save(ctx, this::show),
                Allowed.to(Action.ASSESS_CASE));
    }

    private void list(Context ctx) {
        long inspectionId = Requests.id(ctx, "inspectionId");
        CaseScope scope = CaseScope.of(ctx);
        CaseList cases = new CaseList(scope.filter(assessments.list(inspectionId), c -> c.assessedCase().sampleCaseId()));
        pages.render(ctx, "assessment/cases.jte", Map.of("layout", Frames.of(ctx, "Cases",
                Layout.Section.INSPECTIONS), "inspectionId", inspectionId, "cases", cases, "others",
                others.of(inspectionId, PrincipalResolver.required(ctx).username())));
    }

    private void saveStandard(Context ctx) {
        long inspectionId = Requests.id(ctx, "inspectionId");
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        CaseViews.CaseAssessment view = assessments.show(inspectionId, sampleCaseId);
        String number = ctx.pathParam("number");
        CaseViews.StandardForm standard = view.standards().stream().filter(s -> s.number().equals(number))
                .findFirst().orElse(null);
        if (standard == null) {
            CaseForm form = CaseForm.shown(null, false);
            form.errors.add(new FormError("standards", "This case is not assessed against standard " + number
                    + ". Choose one of its standards below."));
            show(ctx, HttpStatus.BAD_REQUEST.getCode(), form);
            return;
        }
        StandardAnswers answers = new StandardAnswers(assessments, ctx, inspectionId, sampleCaseId, actors.of(ctx));
        answers.save(standard);
        if (answers.conflicts.isEmpty() && answers.errors.isEmpty()) {
            int at = view.standards().indexOf(standard);
            String next = at + 1 < view.standards().size() ? view.standards().get(at + 1).number() : number;
            ctx.redirect(CasePath.of(inspectionId, sampleCaseId, next) + "&saved=" + answers.saved, HttpStatus.SEE_OTHER);
            return;
        }
        CaseForm form = CaseForm.shown(number, false);
        form.conflicts.addAll(answers.conflicts);
        form.errors.addAll(answers.errors);
        form.kept.putAll(answers.kept);
        show(ctx, answers.conflicts.isEmpty() ? 400 : 409, form);
    }

    private void show(Context ctx, CaseForm form) {
        show(ctx, 200, form);
    }

    void show(Context ctx, int status, CaseForm form) {
        long inspectionId = Requests.id(ctx, "inspectionId");
        long sampleCaseId = Requests.id(ctx, "sampleCaseId");
        Principal principal = PrincipalResolver.required(ctx);
        InspectionAccess.Asker asker = new InspectionAccess.Asker(principal.userId(), principal.administrator());
        CaseViews.CaseAssessment view = assessments.show(inspectionId, sampleCaseId);
        CaseList cases = CaseList.of(assessments.list(inspectionId),
                access.decideList(asker, inspectionId, Action.READ_CASE).onlyCases());
        form.choose(view.standards());
        boolean allowed = access.decide(asker, inspectionId, sampleCaseId, Action.ASSESS_CASE).value() == Access.ALLOWED;
        // Once published, no form: the lock refuses every change, so none is offered.
        boolean mayAssess = allowed && access.mayChange(asker, inspectionId, sampleCaseId, Action.ASSESS_CASE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, "Case " + view.assessedCase().reference(), Layout.Section.INSPECTIONS));
        params.put("view", view);
        params.put("form", form);
        params.put("place", cases.placeOf(sampleCaseId));
        params.put("mayAssess", mayAssess);
        params.put("decides", mayAssess && statusAccess.mayAssure(ctx));
        params.put("locked", allowed && !mayAssess);
        params.put("moved", ctx.queryParam("moved") == null ? "" : ctx.queryParam("moved"));
        pages.render(ctx, status, "assessment/case.jte", params);
    }

    /** Turns a rule's reason into a sentence for the error summary. */
    static final class Sentences {
        private Sentences() {
        }

        static String of(String reason) {
            String text = reason == null || reason.isBlank() ? "That could not be done" : reason.strip();
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            return text.endsWith(".") ? text : text + ".";
        }
    }

    /** The address of one standard of one case. */
    public static final class CasePath {
        private CasePath() {
        }

        public static String of(long inspectionId, long sampleCaseId, String standard) {
            return "/inspections/" + inspectionId + "/cases/" + sampleCaseId + "?standard="
                    + java.net.URLEncoder.encode(standard == null ? "" : standard, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
