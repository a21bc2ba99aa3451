package org.yjinspect.secondreading.page;

import io.javalin.config.RoutesConfig;
import java.util.function.Function;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.secondreading.app.SecondReadingService;

/**
 * The second-reading pages, under /inspections/{inspectionId}/second-reading: the cases and their
 * readers (GET; POST cases, draw, readers, withdrawals), the second reader's form (GET
 * cases/{sampleCaseId}; POST .../standards/{number}, .../classification, .../submit), agreement,
 * reconciliation (GET; POST settles one difference) and effect on ratings.
 */
public final class SecondReadingPages implements Routes {
    private static final String BASE = "/inspections/{inspectionId}/second-reading";
    private static final String CASE = BASE + "/cases/{sampleCaseId}";
    private final ChoosingPage choosing;
    private final ChoosingForms forms;
    private final ReadingPage reading;
    private final ReadingAnswers answers;
    private final AgreementPage agreement;
    private final ReconciliationPage reconciliation;
    private final EffectPage effect;

    public SecondReadingPages(SecondReadingService readings, AssessmentService assessments, InspectionTeam team,
                              InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                              InspectionAccess access, Pages pages) {
        Requester requester = new Requester(access);
        this.choosing = new ChoosingPage(readings, assessments, team, requester, pages);
        this.forms = new ChoosingForms(readings, choosing);
        this.reading = new ReadingPage(readings, assessments, requester, pages);
        this.answers = new ReadingAnswers(readings, reading);
        this.agreement = new AgreementPage(readings, id -> new Wording(frameworks.apply(
                inspections.get(id).frameworkVersion())), pages);
        this.reconciliation = new ReconciliationPage(readings, requester, pages);
        this.effect = new EffectPage(readings, pages);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, choosing::show, Allowed.to(Action.READ_AGREEMENT));
        routes.post(BASE + "/cases", forms::choose, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.post(BASE + "/draw", forms::draw, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.post(BASE + "/readers", forms::allocate, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.post(BASE + "/withdrawals", forms::withdraw, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.get(CASE, reading::show, Allowed.to(Action.SECOND_READ));
        routes.post(CASE + "/standards/{number}", answers::saveStandard, Allowed.to(Action.SECOND_READ));
        routes.post(CASE + "/classification", answers::saveClassification, Allowed.to(Action.SECOND_READ));
        routes.post(CASE + "/submit", reading::submit, Allowed.to(Action.SECOND_READ));
        routes.get(BASE + "/agreement", agreement::show, Allowed.to(Action.READ_AGREEMENT));
        routes.get(BASE + "/reconciliation", reconciliation::show, Allowed.to(Action.READ_AGREEMENT));
        routes.post(BASE + "/reconciliation", reconciliation::settle, Allowed.to(Action.SETTLE_READINGS));
        routes.get(BASE + "/effect", effect::show, Allowed.to(Action.READ_AGREEMENT));
    }
}
