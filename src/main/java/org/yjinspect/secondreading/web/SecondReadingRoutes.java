package org.yjinspect.secondreading.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.secondreading.app.AllocateSecondReaderCommand;
import org.yjinspect.secondreading.app.ChooseCasesCommand;
import org.yjinspect.secondreading.app.DrawCasesCommand;
import org.yjinspect.secondreading.app.SaveSecondAnswerCommand;
import org.yjinspect.secondreading.app.SaveSecondClassificationCommand;
import org.yjinspect.secondreading.app.SecondReadingService;
import org.yjinspect.secondreading.app.SettleCommand;
import org.yjinspect.secondreading.app.SubmitSecondReadingCommand;
import org.yjinspect.secondreading.app.WithdrawCaseCommand;
import org.yjinspect.secondreading.app.Who;

/**
 * Under /api/inspections/{inspectionId}/second-reading: GET (the chosen cases the person may see;
 * READ_INSPECTION), POST /cases, POST /draw, POST /allocations, DELETE /cases/{caseReference},
 * (CHOOSE_SECOND_READING); GET /cases/{sampleCaseId}/answers and
 * PUT .../answers/prompts/{promptId}, .../answers/key-questions/{keyQuestionId},
 * .../answers/classification, POST /cases/{sampleCaseId}/submit (SECOND_READ: the case's second reader);
 * GET /readings (both readings of each case whose readings are both submitted and which the person
 * reads; READ_INSPECTION and the blind rule); GET /agreement, /disagreements, /effect (READ_AGREEMENT); POST
 * /cases/{sampleCaseId}/settlements (SETTLE_READINGS).
 */
public final class SecondReadingRoutes implements Routes {
    private static final String BASE = "/api/inspections/{inspectionId}/second-reading";
    private static final String CASE = BASE + "/cases/{sampleCaseId}";
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,79}");
    private final SecondReadingService readings;
    private final RequestActor actors;

    public SecondReadingRoutes(SecondReadingService readings, RequestActor actors) {
        this.readings = readings;
        this.actors = actors;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> RecordJson.send(ctx, SecondReadingJson.Overview.of(readings.overview(inspection(ctx),
                who(ctx)))), Allowed.to(Action.READ_INSPECTION));
        routes.post(BASE + "/cases", ctx -> Outcomes.send(ctx, 201, readings.choose(new ChooseCasesCommand(
                inspection(ctx), Requests.body(ctx, SecondReadingRequests.Choose.class).caseReferences(), who(ctx))),
                chosen -> chosen), Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.post(BASE + "/draw", ctx -> {
            SecondReadingRequests.Draw r = Requests.body(ctx, SecondReadingRequests.Draw.class);
            Outcomes.send(ctx, 201, readings.draw(new DrawCasesCommand(inspection(ctx), SecondReadingRequests.required(
                    r.sharePercent(), "sharePercent", "the share of the sample to read a second time, 1 to 100"),
                    r.seed(), who(ctx))), SecondReadingJson.Overview::of);
        }, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.post(BASE + "/allocations", ctx -> {
            SecondReadingRequests.Allocate r = Requests.body(ctx, SecondReadingRequests.Allocate.class);
            Outcomes.send(ctx, readings.allocate(new AllocateSecondReaderCommand(inspection(ctx), r.caseReference(),
                    r.secondReader(), who(ctx))));
        }, Allowed.to(Action.CHOOSE_SECOND_READING));
        routes.delete(BASE + "/cases/{caseReference}", ctx -> Outcomes.send(ctx, readings.withdraw(
                new WithdrawCaseCommand(inspection(ctx), ctx.pathParam("caseReference"), who(ctx)))),
                Allowed.to(Action.CHOOSE_SECOND_READING));
        registerReading(routes);
        routes.get(BASE + "/readings", ctx -> RecordJson.send(ctx, readings.bothReadings(inspection(ctx), who(ctx))),
                Allowed.to(Action.READ_INSPECTION));
        routes.get(BASE + "/agreement", ctx -> {
            long id = inspection(ctx);
            int cases = readings.agreement(id, who(ctx)).value().cases();
            Outcomes.send(ctx, 200, readings.agreementBreakdown(id, who(ctx)), breakdown ->
                    new SecondReadingJson.Agreement(id, cases, breakdown));
        }, Allowed.to(Action.READ_AGREEMENT));
        routes.get(BASE + "/disagreements", ctx -> RecordJson.send(ctx, readings.disagreements(inspection(ctx),
                who(ctx))), Allowed.to(Action.READ_AGREEMENT));
        routes.get(BASE + "/effect", ctx -> RecordJson.send(ctx, SecondReadingJson.Effect.of(readings.effect(
                inspection(ctx), who(ctx)))), Allowed.to(Action.READ_AGREEMENT));
        routes.post(CASE + "/settlements", ctx -> {
            SecondReadingRequests.Settle r = Requests.body(ctx, SecondReadingRequests.Settle.class);
            Outcomes.send(ctx, 201, readings.settle(new SettleCommand(inspection(ctx), sampleCase(ctx),
                    SecondReadingRequests.level(r.level()), r.itemId(), r.agreedAnswer(), r.reason(), who(ctx))),
                    settled -> settled);
        }, Allowed.to(Action.SETTLE_READINGS));
    }

    /** The second reader's own routes: their form, its answers, its submission. */
    private void registerReading(RoutesConfig routes) {
        routes.get(CASE + "/answers", ctx -> Outcomes.send(ctx, readings.form(inspection(ctx), sampleCase(ctx),
                who(ctx))), Allowed.to(Action.SECOND_READ));
        routes.put(CASE + "/answers/prompts/{promptId}", ctx -> answer(ctx, SaveSecondAnswerCommand.Item.PROMPT,
                frameworkId(ctx, "promptId")), Allowed.to(Action.SECOND_READ));
        routes.put(CASE + "/answers/key-questions/{keyQuestionId}", ctx -> answer(ctx,
                SaveSecondAnswerCommand.Item.KEY_QUESTION, frameworkId(ctx, "keyQuestionId")),
                Allowed.to(Action.SECOND_READ));
        routes.put(CASE + "/answers/classification", ctx -> {
            SecondReadingRequests.Classification r = Requests.body(ctx, SecondReadingRequests.Classification.class);
            Outcomes.send(ctx, readings.saveClassification(new SaveSecondClassificationCommand(inspection(ctx),
                    sampleCase(ctx), r.riskOfSeriousHarm(), r.riskOfSeriousHarmAgreesWithService(), r.safetyWellbeing(),
                    r.safetyWellbeingAgreesWithService(), RecordJson.baseRevision(r.baseRevision()), who(ctx))));
        }, Allowed.to(Action.SECOND_READ));
        routes.post(CASE + "/submit", ctx -> {
            SecondReadingRequests.Submit r = Requests.body(ctx, SecondReadingRequests.Submit.class);
            Outcomes.send(ctx, readings.submit(new SubmitSecondReadingCommand(inspection(ctx), sampleCase(ctx),
                    RecordJson.baseRevision(r.baseRevision()), who(ctx))));
        }, Allowed.to(Action.SECOND_READ));
    }

    private void answer(Context ctx, SaveSecondAnswerCommand.Item item, String itemId) {
        SecondReadingRequests.Answer r = Requests.body(ctx, SecondReadingRequests.Answer.class);
        Outcomes.send(ctx, readings.saveAnswer(new SaveSecondAnswerCommand(inspection(ctx), sampleCase(ctx), item,
                itemId, r.answer(), RecordJson.baseRevision(r.baseRevision()), who(ctx))));
    }

    private Who who(Context ctx) {
        return Who.signedIn(actors.of(ctx).name());
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static long sampleCase(Context ctx) {
        return Requests.id(ctx, "sampleCaseId");
    }

    private static String frameworkId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!FRAMEWORK_ID.matcher(raw).matches()) {
            throw new BadRequest(name + " is written like 2.1.desistance.a (got \"" + SafeText.shown(raw) + "\")");
        }
        return raw;
    }
}
