package org.yjinspect.sampling.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.sampling.app.DiscardOutcome;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.DrawOutcome;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.SampleService;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.StratificationVariable;
import org.yjinspect.sampling.web.SampleJson;

/**
 * GET /inspections/{id}/sample: the draw form before a sample is drawn; after, the working behind
 * its size, the sample against the population and its cases. POST .../sample draws (seed
 * optional), POST .../sample/replacements replaces a case with a reason, GET/POST
 * .../sample/discard asks to confirm and then discards the sample with a reason.
 */
public final class SamplePages implements Routes {
    private static final String SAMPLE = "/inspections/{inspectionId}/sample";
    private final SampleService samples;
    private final PagePermissions permissions;
    private final Pages pages;
    private final SignedInActor actors = new SignedInActor();

    public SamplePages(SampleService samples, PagePermissions permissions, Pages pages) {
        this.samples = samples;
        this.permissions = permissions;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(SAMPLE, ctx -> show(ctx, 200, new Form()), Allowed.to(Action.READ_EVIDENCE));
        routes.post(SAMPLE, this::draw, Allowed.to(Action.MANAGE_SAMPLE));
        routes.post(SAMPLE + "/replacements", this::replace, Allowed.to(Action.MANAGE_SAMPLE));
        routes.get(SAMPLE + "/discard", ctx -> confirmDiscard(ctx, 200, List.of(), ""),
                Allowed.to(Action.MANAGE_SAMPLE));
        routes.post(SAMPLE + "/discard", this::discard, Allowed.to(Action.MANAGE_SAMPLE));
    }

    /** A case in the sample as the page lists it: the facts it was stratified on, in words. */
    public record SampledRow(String reference, String caseType, String disposal, String gender, String rosh,
                             String safetyWellbeing, String selectedBy) {
    }

    /** What was typed into the page's forms, shown again with the errors when refused. */
    public record Form(List<FormError> errors, String seed, String caseReference, String reason) {
        Form() {
            this(List.of(), "", "", "");
        }
    }

    private void draw(Context ctx) {
        if (!isForm(ctx)) {
            show(ctx, 400, new Form(List.of(new FormError("seed", "Draw the sample with the form on this page")),
                    "", "", ""));
            return;
        }
        String seed = ctx.formParam("seed") == null ? "" : ctx.formParam("seed").strip();
        Long parsed;
        try {
            parsed = seed.isEmpty() ? null : Long.parseLong(seed);
        } catch (NumberFormatException e) {
            show(ctx, 400, new Form(List.of(new FormError("seed", "The seed must be a whole number, for example"
                    + " 20241014, or left empty for a random one")), seed, "", ""));
            return;
        }
        try {
            DrawOutcome outcome = samples.draw(new DrawSampleCommand(id(ctx), parsed, null, null, null, null, null,
                    actors.of(ctx)));
            if (outcome.refused()) {
                show(ctx, 409, new Form(List.of(new FormError("seed", outcome.ruling().rule() + ": "
                        + outcome.ruling().reason())), seed, "", ""));
                return;
            }
            ctx.redirect(path(ctx) + "?done=drawn", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), new Form(FormError.of("seed", refused), seed, "", ""));
        }
    }

    private void replace(Context ctx) {
        String reference = ctx.formParam("caseReference");
        String reason = ctx.formParam("reason");
        String field = reference == null || reference.isBlank() ? "caseReference" : "reason";
        if (reference == null || reference.isBlank() || reason == null || reason.isBlank()) {
            List<FormError> missing = new java.util.ArrayList<>();
            if (reference == null || reference.isBlank()) {
                missing.add(new FormError("caseReference", "Choose the case to replace from the list"));
            }
            if (reason == null || reason.isBlank()) {
                missing.add(new FormError("reason", "Enter why the case is being replaced, for example the case file"
                        + " is unavailable"));
            }
            show(ctx, 400, new Form(missing, "", reference == null ? "" : reference, reason == null ? "" : reason));
            return;
        }
        try {
            samples.replace(new ReplaceSampledCaseCommand(id(ctx), reference, reason, actors.of(ctx)));
            ctx.redirect(path(ctx) + "?done=replaced", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            String at = refused.kind() == Problem.Kind.INVALID_INPUT ? field : "caseReference";
            show(ctx, refused.kind().httpStatus(), new Form(FormError.of(at, refused), "",
                    reference == null ? "" : reference, reason == null ? "" : reason));
        }
    }

    private void discard(Context ctx) {
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank()) {
            confirmDiscard(ctx, 400, List.of(new FormError("reason", "Enter why the sample is being discarded, for"
                    + " example the caseload export had the wrong dates")), "");
            return;
        }
        try {
            DiscardOutcome outcome = samples.discard(new DiscardSampleCommand(id(ctx), reason, actors.of(ctx)));
            if (outcome.refused()) {
                confirmDiscard(ctx, 409, List.of(new FormError("reason", outcome.ruling().rule() + ": "
                        + outcome.ruling().reason())), reason);
                return;
            }
            ctx.redirect(path(ctx) + "?done=discarded", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            confirmDiscard(ctx, refused.kind().httpStatus(), FormError.of("reason", refused), reason);
        }
    }

    private void show(Context ctx, int status, Form form) {
        long id = id(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, form.errors().isEmpty() ? "Sample" : "Error: Sample",
                Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        SampleReport report = report(id);
        params.put("sample", report == null ? null : SampleJson.of(report));
        params.put("rows", report == null ? List.of() : rows(report));
        params.put("manage", permissions.may(ctx, id, Action.MANAGE_SAMPLE));
        params.put("locked", permissions.locked(ctx, id));
        params.put("form", form);
        params.put("done", form.errors().isEmpty() ? done(ctx.queryParam("done")) : null);
        pages.render(ctx, status, "sampling/sample.jte", params);
    }

    private void confirmDiscard(Context ctx, int status, List<FormError> errors, String reason) {
        long id = id(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, errors.isEmpty() ? "Discard the sample" : "Error: Discard the sample",
                Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        SampleReport report = report(id);
        params.put("sample", report == null ? null : SampleJson.of(report));
        params.put("errors", errors);
        params.put("reason", reason == null ? "" : reason);
        pages.render(ctx, status, "sampling/discard.jte", params);
    }

    /** The sample with its working and comparison, or null before one is drawn. */
    private SampleReport report(long id) {
        try {
            return samples.show(id);
        } catch (Problem none) {
            if (none.kind() != Problem.Kind.NOT_FOUND) {
                throw none;
            }
            return null;
        }
    }

    private static List<SampledRow> rows(SampleReport report) {
        return report.caseTypes().stream().flatMap(part -> part.cases().stream().map(line -> {
            CaseRecord c = line.record();
            return new SampledRow(line.reference(), CaseTypes.label(part.caseType()),
                    StratificationVariable.labelOf(c.disposalType()), StratificationVariable.labelOf(c.gender()),
                    StratificationVariable.labelOf(c.rosh()), StratificationVariable.labelOf(c.safetyWellbeing()),
                    line.selectedBy() == StoredSample.SelectedBy.DRAW ? "the draw" : "replacement");
        })).toList();
    }

    private static String done(String code) {
        return switch (String.valueOf(code)) {
            case "drawn" -> "The sample has been drawn.";
            case "replaced" -> "The case has been replaced; the replacement is in the list of sampled cases.";
            case "discarded" -> "The sample has been discarded. Correct the caseload if needed, then draw again.";
            default -> null;
        };
    }

    /** Every field of the draw form may be left empty, so only its content type tells a form from something else. */
    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static String path(Context ctx) {
        return "/inspections/" + id(ctx) + "/sample";
    }
}
