package org.yjinspect.report.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.render.ReportRenderer;

/**
 * Sends a report as a PDF (streamed to the answer as it is rendered) or as the standalone HTML
 * document, with a Content-Security-Policy that lets in only its own embedded style sheet. The
 * report is assembled before anything is sent, so a refusal (no such inspection) is still a
 * clean error answer.
 */
public final class ReportDownloads {
    private final ReportRenderer renderer;

    public ReportDownloads(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    public void pdf(Context ctx, InspectionReport report) {
        ctx.status(200).contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"" + fileName(report) + ".pdf\"");
        try (OutputStream out = ctx.outputStream()) {
            renderer.pdf(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be sent", e);
        }
    }

    public void html(Context ctx, InspectionReport report) {
        String html = renderer.html(report);
        ctx.header("Content-Security-Policy", ReportRenderer.contentSecurityPolicy(html));
        ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    }

    /** "inspection-12-report" or "inspection-12-report-draft": ids only, never the service's words. */
    static String fileName(InspectionReport report) {
        return "inspection-" + report.title().inspectionId() + "-report" + (report.draft() ? "-draft" : "");
    }
}
