package org.yjinspect.published.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.published.app.ReadPublishedReport;
import org.yjinspect.published.app.ReportImportException;

/**
 * GET /published (a form for a published report's text) and POST /published (what the importer
 * read and the re-rating, shown on the same page). The text is read in memory and not stored, so
 * the answer to the post is the page itself.
 */
public final class PublishedPages implements Routes {
    private final ReadPublishedReport reader;
    private final Pages pages;

    public PublishedPages(ReadPublishedReport reader, Pages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/published", ctx -> show(ctx, 200, null, null), Audience.SIGNED_IN);
        routes.post("/published", this::read, Audience.SIGNED_IN);
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
        pages.render(ctx, status, "published/read.jte", params);
    }

    private static String sentence(String message) {
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
