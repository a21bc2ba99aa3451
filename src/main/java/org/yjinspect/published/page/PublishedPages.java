package org.yjinspect.published.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.published.app.PublishedInspections;
import org.yjinspect.published.app.ReadPublishedReport;
import org.yjinspect.published.app.ReportImportException;

/**
 * GET /published: the published inspections whose figures the project holds, and a form for a
 * published report's text; POST /published: what the importer read and the re-rating, shown on
 * the same page (the text is read in memory and not stored, so the answer to the post is the
 * page itself). GET /published/{publishedId}: one held inspection's ratings page, as its report
 * printed it, beside the rating engine's re-rating of its figures.
 */
public final class PublishedPages implements Routes {
    private final ReadPublishedReport reader;
    private final PublishedInspections held;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final Pages pages;

    public PublishedPages(ReadPublishedReport reader, PublishedInspections held,
                          Function<FrameworkVersion, Framework> frameworks, Pages pages) {
        this.reader = reader;
        this.held = held;
        this.frameworks = frameworks;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/published", ctx -> show(ctx, 200, null, null), Audience.SIGNED_IN);
        routes.post("/published", this::read, Audience.SIGNED_IN);
        routes.get("/published/{publishedId}", this::inspection, Audience.SIGNED_IN);
    }

    private void inspection(Context ctx) {
        String id = ctx.pathParam("publishedId");
        PublishedInspections.PublishedInspection inspection = held.find(id).orElseThrow(() -> Problem.notFound(
                "the project holds no published inspection called " + "\"" + SafeText.shown(id) + "\""
                        + "; the list of published inspections is at /published"));
        PublishedRatingsView view = PublishedRatingsView.of(inspection, frameworks.apply(
                inspection.figures().frameworkVersion()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, inspection.figures().service() + ", "
                + PublishedRatingsView.month(inspection.figures().published()), Layout.Section.PUBLISHED));
        params.put("view", view);
        pages.render(ctx, "published/inspection.jte", params);
    }

    private void read(Context ctx) {
        String text = ctx.formParam("reportText");
        if (text == null || text.isBlank()) {
            show(ctx, 400, "Paste the text of a published report into the box, then select Read the report.", null);
            return;
        }
        if (text.length() > ReadPublishedReport.LONGEST_TEXT) {
            show(ctx, 400, "The text is longer than " + ReadPublishedReport.LONGEST_TEXT / 1000 + " thousand characters;"
                    + " a report converted from its PDF is much shorter. Paste one report at a time.", null);
            return;
        }
        try {
            show(ctx, 200, null, reader.read("the pasted report", text));
        } catch (ReportImportException notAReport) {
            show(ctx, 400, sentence(notAReport.getMessage()) + " Paste the whole text of an HMIP youth inspection"
                    + " report, converted from its PDF.", null);
        }
    }

    private void show(Context ctx, int status, String error, ReadPublishedReport.Reading reading) {
        Map<String, Object> params = new LinkedHashMap<>();
        String title = reading != null ? "Published report: " + (reading.report().service() == null ? "read"
                : reading.report().service()) : "Published reports";
        params.put("layout", Frames.of(ctx, (error != null ? "Error: " : "") + title, Layout.Section.PUBLISHED));
        params.put("error", error);
        params.put("reading", reading);
        params.put("held", held.all());
        pages.render(ctx, status, "published/read.jte", params);
    }

    private static String sentence(String message) {
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
