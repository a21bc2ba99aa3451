package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;

/** The JSON API over real HTTP, on a free port. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ApiTest {
    private static final String INSPECTION = """
            {"serviceName": "Eastshire YJS", "kind": "inspection", "frameworkVersion": "2021",
             "announcementDate": "2024-10-14", "fieldworkStart": "2024-11-04", "fieldworkEnd": "2024-11-08",
             "eligibilityWindows": {"court": "6-9"}}""";
    private static Application app;
    private static Javalin web;
    private static String bearer;
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body) {
    }

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        bearer = "Bearer " + TestUsers.token(app, "api test");
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    @Test
    void anInspectionIsCreatedCaseloadImportedAndSampleDrawnShownAndAdjusted() throws Exception {
        Answer created = send("POST", "/api/inspections", INSPECTION, "application/json");
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("eligibilityWindows").get("court").get("from").asText()).isEqualTo("2024-01-14");
        assertThat(send("GET", "/api/inspections/" + id, null, null).body().get("serviceName").asText())
                .isEqualTo("Eastshire YJS");
        String csv = Fixtures.csv(Fixtures.caseload(21, 1500));
        Answer imported = send("PUT", "/api/inspections/" + id + "/caseload", csv, "text/csv");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("casesImported").asInt()).isEqualTo(1500);
        Answer drawn = send("POST", "/api/inspections/" + id + "/sample", "{\"seed\": 99}", "application/json");
        assertThat(drawn.status()).isEqualTo(201);
        assertThat(drawn.body().get("allWithinOneCase").asBoolean()).isTrue();
        assertThat(drawn.body().get("caseTypes").get(0).get("comparison").size()).isPositive();
        Answer twice = send("POST", "/api/inspections/" + id + "/sample", "", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("error").asText()).contains("already been drawn");
        String reference = drawn.body().get("caseTypes").get(0).get("cases").get(0).get("reference").asText();
        Answer replaced = send("POST", "/api/inspections/" + id + "/sample/replacements",
                "{\"caseReference\": \"" + reference + "\", \"reason\": \"case manager on leave\"}", "application/json");
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(send("GET", "/api/inspections/" + id + "/sample", null, null).body().get("replacements").get(0)
                .get("reason").asText()).isEqualTo("case manager on leave");
        assertThat(send("PUT", "/api/inspections/" + id + "/caseload", csv, "text/csv").status()).isEqualTo(409);
    }

    @Test
    void anInvalidCaseloadIsRefusedWithEveryErrorAsJson() throws Exception {
        long id = send("POST", "/api/inspections", INSPECTION, "application/json").body().get("id").asLong();
        String csv = Fixtures.csv(Fixtures.caseload(22, 20)).replace("YJ-000003", "Alex Jones");
        Answer answer = send("PUT", "/api/inspections/" + id + "/caseload", csv, "text/csv");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("error").asText()).contains("nothing was imported");
        JsonNode error = answer.body().get("report").get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("column").asText()).isEqualTo("case_reference");
        Answer unknownColumn = send("PUT", "/api/inspections/" + id + "/caseload", "case_reference,name\nA1,B\n", "text/csv");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.body().get("error").asText()).contains("\"name\" is not an accepted column");
    }

    @Test
    void errorsAreJsonWith400404Or409AndNeverAStackTrace() throws Exception {
        assertError(send("GET", "/api/inspections/abc", null, null), 400, "positive whole number");
        assertError(send("GET", "/api/inspections/987654", null, null), 404, "no inspection 987654");
        assertError(send("GET", "/api/inspections/987654/sample", null, null), 404, "no inspection 987654");
        assertError(send("GET", "/api/nothing-here", null, null), 404, "not found");
        assertError(send("POST", "/api/inspections", "{not json", "application/json"), 400,
                "the body is not valid JSON (line 1, column 2)");
        assertError(send("POST", "/api/inspections", INSPECTION.replace("\"kind\"", "\"kinds\""), "application/json"),
                400, "unknown field \"kinds\"; the accepted fields are serviceName, kind, frameworkVersion");
        assertError(send("POST", "/api/inspections", "null", "application/json"), 400,
                "the body must be a JSON object");
        assertError(send("POST", "/api/inspections", INSPECTION.replace("\"2024-10-14\"", "-1"), "application/json"),
                400, "announcementDate: -1 is not a date; expected a date in double quotes written yyyy-mm-dd");
        assertError(send("POST", "/api/inspections", INSPECTION.replace("\"2024-10-14\"", "\"0000-10-14\""),
                "application/json"), 400, "announcementDate: \"0000-10-14\" is outside the years 1900 to 2100");
        assertError(send("POST", "/api/inspections", INSPECTION.replace("\"2021\"", "\"2020\""), "application/json"),
                400, "framework version must be 2018 or 2021");
        assertError(send("POST", "/api/inspections", INSPECTION.replace("\"6-9\"", "\"9-6\""), "application/json"),
                400, "eligibility window");
    }

    @Test
    void aRequestWithoutCredentialsIsAskedToSignIn() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/inspections")).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.mapper().readTree(response.body()).get("error").asText()).contains("sign in first");
    }

    private static void assertError(Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().get("error").asText()).contains(message);
        assertThat(answer.body().toString()).doesNotContain("Exception").doesNotContain("\\tat ");
    }

    private Answer send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Authorization", bearer);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), Json.mapper().readTree(response.body()));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + web.port() + path);
    }
}
