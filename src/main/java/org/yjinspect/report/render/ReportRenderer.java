package org.yjinspect.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.yjinspect.report.domain.InspectionReport;

/**
 * The report as a standalone HTML document (report/document.jte: the same content templates the
 * application's page uses, with print styles) and the same document as a tagged PDF/UA with the
 * DejaVu Sans font embedded (carried in the jar, src/main/resources/report, licence beside it).
 */
public final class ReportRenderer {
    static final String FONT_FAMILY = "DejaVu Sans";
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The standalone document, well-formed XHTML so the PDF renderer reads the same text. */
    public String html(InspectionReport report) {
        StringOutput output = new StringOutput();
        engine.render("report/document.jte", Map.of("report", report), output);
        return output.toString();
    }

    /** Writes the PDF of {@code report} to {@code out} (not closed). */
    public void pdf(InspectionReport report, OutputStream out) {
        pdfOf(html(report), out);
    }

    void pdfOf(String html, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The Content-Security-Policy for serving the standalone document: nothing but its own
     * embedded style sheet (by hash) and the charts' inline images; no script at all.
     */
    public static String contentSecurityPolicy(String html) {
        int start = html.indexOf("<style>") + "<style>".length();
        int end = html.indexOf("</style>", start);
        String style = start < "<style>".length() || end < 0 ? "" : html.substring(start, end);
        return "default-src 'none'; style-src 'sha256-" + sha256(style) + "'; img-src 'self' data:;"
                + " form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = ReportRenderer.class.getResourceAsStream("/report/" + name);
        if (in == null) {
            throw new IllegalStateException("the report font " + name + " is missing from the application");
        }
        return in;
    }
}
