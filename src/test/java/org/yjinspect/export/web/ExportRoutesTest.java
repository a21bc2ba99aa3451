package org.yjinspect.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.export.ExportReading;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The four downloads over real HTTP, under the page paths (session cookie) and the API paths
 * (bearer token): the file and its name, a bad layout refused in each path's way, and who may
 * not have them (case-level exports need READ_EVIDENCE, the audit trail READ_AUDIT).
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ExportRoutesTest {
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\")\n+\"quoted\", Zoë 東京 🙂";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Application app;
    private static Javalin web;
    private static SampledInspection s;
    private static String base;

    private record Reply(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        s = SampledInspection.create(app, "2021", 52, 300, 4, 0);
        TestUsers.join(app, s.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "inspector", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "local", Role.LOCAL_ASSESSOR);
        TestUsers.account(app, "outsider");
        app.accounts().create(CreateAccountCommand.of("admin", "Administrator", TestUsers.PASSWORD.toCharArray(), true,
                "test set-up"));
        var c = s.first(CaseType.COURT_DISPOSAL);
        Answering.answerAll(app, s.id(), c, "no", new Actor("inspector"));
        app.assessments().saveEvidence(new SaveEvidenceCommand(Answering.ref(s.id(), c, 0, new Actor("inspector")),
                "2.1.desistance", HOSTILE, false));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void eachDownloadIsItsFileUnderAFileNameNamingTheInspection() throws Exception {
        String slug = "inspection-" + s.id() + "-northshire-youth-justice-service-";
        Reply wide = get(api("cases.csv?layout=wide"), "inspector");
        assertThat(wide.status()).isEqualTo(200);
        assertThat(wide.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(wide.disposition()).isEqualTo("attachment; filename=\"" + slug + "cases-wide.csv\"");
        assertThat(ExportReading.csv(wide.body())).hasSize(1 + s.cases().size());

        Reply longer = get(api("cases.csv?layout=long"), "inspector");
        assertThat(longer.disposition()).isEqualTo("attachment; filename=\"" + slug + "cases-long.csv\"");
        assertThat(ExportReading.csv(longer.body()).subList(1, ExportReading.csv(longer.body()).size()))
                .allMatch(r -> r.get(9).equals("no") || r.get(9).equals("yes") || r.get(9).equals("not_relevant"));

        Reply workbook = get(api("cases.xlsx"), "lead");
        assertThat(workbook.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.disposition()).isEqualTo("attachment; filename=\"" + slug + "cases.xlsx\"");
        assertThat(ExportReading.xlsx(workbook.body()).get("Cases (wide)")).isEqualTo(ExportReading.csv(wide.body()));

        Reply dictionary = get(api("data-dictionary.csv"), "lead");
        assertThat(dictionary.disposition()).isEqualTo("attachment; filename=\"" + slug + "data-dictionary.csv\"");
        assertThat(dictionary.text()).contains("2.1.desistance.a");
    }

    @Test
    void theAuditTrailKeepsHostileTextAsTextAndEveryEntry() throws Exception {
        Reply audit = get(api("audit.csv"), "inspector");
        assertThat(audit.status()).isEqualTo(200);
        List<List<String>> rows = ExportReading.csv(audit.body());
        assertThat(rows.get(0)).containsExactly("entry_id", "recorded_at_utc", "actor", "sample_case_id",
                "case_reference", "standard", "entity", "record", "field", "old_value", "new_value");
        assertThat(rows).anyMatch(r -> r.get(10).equals(HOSTILE) && r.get(2).equals("inspector"));
        // The cell starts with the apostrophe; the "+" starts a line inside the quoted cell, not a cell.
        assertThat(audit.text()).contains(",\"'=HYPERLINK(\"\"http").doesNotContain(",=HYPERLINK");
        var entries = app.audit().entries(new org.yjinspect.audit.app.AuditQuery(s.id(), null, null, 0, 5000));
        assertThat(rows.subList(1, rows.size()).stream().map(r -> Long.parseLong(r.get(0))).toList())
                .isEqualTo(entries.stream().map(e -> e.id()).toList());
    }

    @Test
    void thePageDownloadWithTheSessionCookieIsTheSameFile() throws Exception {
        String cookie = signIn("inspector");
        HttpResponse<byte[]> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/inspections/" + s.id()
                + "/exports/cases.csv?layout=long")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(get(api("cases.csv?layout=long"), "inspector").body());
    }

    @Test
    void aLayoutThatIsNeitherWideNorLongIsRefusedWithWhatToAskFor() throws Exception {
        Reply api = get(api("cases.csv?layout=sideways"), "lead");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.text()).isEqualTo("{\"error\": \"layout must be wide (one row per case) or long (one row per"
                + " answer), not \\\"sideways\\\"\"}");
        Reply page = get(page("cases.csv?layout=sideways"), "lead");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Layout must be wide (one row per case) or long (one row per answer)");
    }

    @Test
    void thoseWithoutTheRightAreRefusedAndOutsidersToldThereIsNoSuchInspection() throws Exception {
        for (String tail : List.of("cases.csv", "cases.xlsx", "data-dictionary.csv", "audit.csv")) {
            for (String path : List.of(api(tail), page(tail))) {
                assertThat(get(path, "local").status()).as("local assessor, %s", path).isEqualTo(403);
                assertThat(get(path, "admin").status()).as("administrator, %s", path).isEqualTo(403);
                Reply outsider = get(path, "outsider");
                assertThat(outsider.status()).as("outsider, %s", path).isEqualTo(404);
                assertThat(outsider.text()).containsIgnoringCase("there is no inspection " + s.id());
                assertThat(outsider.disposition()).isNull();
            }
            assertThat(get(api(tail), null).status()).isEqualTo(401);
            assertThat(get(page(tail), null).status()).isEqualTo(303);
        }
        assertThat(get(api("cases.csv"), "local").text()).startsWith("{\"error\": \"Access by role in the inspection: ");
    }

    @Test
    void aDeletedInspectionsTrailIsStillExportedToItsFormerTeamButNotItsCases() throws Exception {
        SampledInspection gone = SampledInspection.create(app, "2021", 53, 200, 2, 0);
        TestUsers.join(app, gone.id(), "lead", Role.LEAD_INSPECTOR);
        app.inspections().delete(new DeleteInspectionCommand(gone.id(), "set up twice", new Actor("lead")));
        Reply audit = get("/api/inspections/" + gone.id() + "/exports/audit.csv", "lead");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.disposition()).isEqualTo("attachment; filename=\"inspection-" + gone.id() + "-audit.csv\"");
        List<List<String>> rows = ExportReading.csv(audit.body());
        assertThat(rows).anyMatch(r -> r.contains("set up twice"));
        assertThat(get("/api/inspections/" + gone.id() + "/exports/cases.csv", "lead").status()).isEqualTo(404);
    }

    private static String api(String tail) {
        return "/api/inspections/" + s.id() + "/exports/" + tail;
    }

    private static String page(String tail) {
        return "/inspections/" + s.id() + "/exports/" + tail;
    }

    private static Reply get(String path, String person) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (person != null) {
            request.header("Authorization", "Bearer " + TestUsers.token(app, person));
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Disposition").orElse(null), response.body());
    }

    private static String signIn(String person) throws Exception {
        String body = "{\"username\": \"" + TestUsers.username(person) + "\", \"password\": \"" + TestUsers.PASSWORD + "\"}";
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }
}
