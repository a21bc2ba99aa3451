package org.yjinspect.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;

/** The report over the API: a PDF, and a standalone HTML document whose policy lets in only its own styles. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportRoutesTest {
    private static Application app;
    private static ApiServer server;
    private static long inspection;

    @BeforeAll
    static void start(Application opened) {
        app = opened;
        server = ApiServer.start(app);
        inspection = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, inspection, "Lowri", Role.LEAD_INSPECTOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.http().base() + path))
                .header("Authorization", "Bearer " + TestUsers.token(app, "Lowri")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePdfIsAPdfMarkedAsADraft() throws Exception {
        HttpResponse<byte[]> pdf = get("/api/inspections/" + inspection + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).contains("inline; filename=\"inspection-"
                + inspection + "-report-draft.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theHtmlLetsInOnlyItsOwnStyleSheet() throws Exception {
        HttpResponse<byte[]> html = get("/api/inspections/" + inspection + "/report.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("script-src");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<title>Draft: Inspection of youth justice"
                + " services: Northshire Youth Justice Service</title>");
    }

    @Test
    void anInspectionThatDoesNotExistIsNotFound() throws Exception {
        HttpResponse<byte[]> missing = get("/api/inspections/999999/report.pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("there is no inspection 999999");
    }
}
