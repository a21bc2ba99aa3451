package org.yjinspect.caseload.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;

/**
 * The caseload page's upload form over HTTP, as a browser sends it (multipart/form-data with the
 * session cookie): refused without its session's token in the form's {@code csrf} part, imported
 * with it; larger than the 1 MB of a JSON request and still taken.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class CaseloadUploadFormTest {
    private static final String BOUNDARY = "yjinspectBoundary7MA4YWxkTrZu0gW";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Application app;
    private static Javalin web;
    private static String base;
    private static long inspectionId;

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        TestUsers.account(app, "lowri");
        CreateInspectionCommand c = Fixtures.inspection("2021");
        inspectionId = app.inspections().create(new CreateInspectionCommand("Upload YJS", c.kind(),
                c.frameworkVersion(), c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null,
                Fixtures.SET_UP, "lowri")).id();
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void anUploadWithTheSessionCookieNeedsTheSessionsTokenInTheForm() throws Exception {
        String[] session = signIn();
        String csv = Fixtures.csv(Fixtures.caseload(5, 15_000));
        assertThat(csv.length()).as("more than a JSON body's 1 MB").isGreaterThan(1024 * 1024);
        HttpResponse<String> forged = upload(session[0], null, csv);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(app.caseloads().caseload(inspectionId).cases()).isEmpty();
        HttpResponse<String> sent = upload(session[0], session[1], csv);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/inspections/" + inspectionId + "/caseload?done=imported");
        assertThat(app.caseloads().caseload(inspectionId).cases()).hasSize(15_000);
    }

    /** Signs in as lowri: the session cookie and its synchronizer token. */
    private static String[] signIn() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"lowri\", \"password\": \"" + TestUsers.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).as(answer.body()).isTrue();
        return new String[] {cookie.substring(0, cookie.indexOf(';')), token.group(1)};
    }

    private static HttpResponse<String> upload(String cookie, String csrf, String csv) throws Exception {
        StringBuilder body = new StringBuilder();
        if (csrf != null) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"caseload\";"
                + " filename=\"caseload.csv\"\r\nContent-Type: text/csv\r\n\r\n").append(csv).append("\r\n--")
                .append(BOUNDARY).append("--\r\n");
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/inspections/" + inspectionId + "/caseload"))
                .header("Cookie", cookie).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
