package org.yjinspect.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.yjinspect.comparison.LibraryScene;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.TestUsers;

/** The comparisons' API over HTTP: the figures, and 400s that name the parameter and the value. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ComparisonRoutesTest {
    private static Application app;
    private static Javalin web;
    private static LibraryScene scene;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        scene = LibraryScene.create(app);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aKeyQuestionsQuartilesAndTheOtherVersionApart() throws Exception {
        JsonNode kq = ok("/api/library/comparisons?version=2021&keyQuestion=2.2.child-safety");
        JsonNode q = kq.get("library").get("quartiles");
        assertThat(kq.get("library").get("n").asInt()).isEqualTo(3);
        assertThat(new double[] {q.get("min").asDouble(), q.get("lowerQuartile").asDouble(), q.get("median").asDouble(),
                q.get("upperQuartile").asDouble(), q.get("max").asDouble()}).containsExactly(39, 55, 71, 73, 75);
        assertThat(kq.get("otherVersion").get("version").asText()).isEqualTo("2018");
        assertThat(kq.get("otherVersion").get("n").asInt()).isEqualTo(2);
        assertThat(kq.get("mapping").get("corresponds").asBoolean()).isTrue();
    }

    @Test
    void aStandardsRatingCounts() throws Exception {
        JsonNode standard = ok("/api/library/comparisons?version=2018&standard=3.4");
        assertThat(standard.get("ratings").get("Good").asInt()).isEqualTo(1);
        assertThat(standard.get("ratings").get("Inadequate").asInt()).isEqualTo(1);
        assertThat(standard.get("ratings").get("inspections").asInt()).isEqualTo(2);
        assertThat(standard.get("otherVersion").isNull()).isTrue();
        assertThat(standard.get("mapping").get("corresponds").asBoolean()).isFalse();
        assertThat(ok("/api/library/comparisons").get("2021").get("standards").toString()).contains("\"4.1\"");
    }

    @Test
    void aServiceAndALiveInspection() throws Exception {
        JsonNode torbay = ok("/api/library/services/torbay");
        assertThat(torbay.get("inspections").size()).isEqualTo(1);
        assertThat(torbay.get("standards").toString()).contains("3.4 Joint working (2018)", "not in this framework version");
        JsonNode live = ok("/api/inspections/" + scene.id() + "/comparison");
        JsonNode first = live.get("keyQuestions").get(0);
        assertThat(first.get("keyQuestion").asText()).isEqualTo("2.1.desistance");
        assertThat(first.get("live").get("percent").asInt()).isEqualTo(100);
        assertThat(first.get("placement").get("same").asInt()).isEqualTo(2);
        assertThat(first.get("placement").get("lower").asInt()).isEqualTo(1);
        assertThat(first.get("words").asText()).endsWith("the same as 2 of 3 published 2021 inspections and higher than 1");
    }

    @Test
    void refusalsNameTheParameterAndTheValue() throws Exception {
        refused("/api/library/comparisons?version=2022&standard=2.1", 400, "version must be 2018 or 2021 (got \\\"2022\\\")");
        refused("/api/library/comparisons?version=2021&standard=9", 400, "standard must be written like 2.1 (got \\\"9\\\")");
        refused("/api/library/comparisons?version=2021", 400, "give either standard (such as 2.1) or keyQuestion");
        refused("/api/library/comparisons?version=2021&standard=2.1&colour=red", 400, "unknown parameter \\\"colour\\\"");
        refused("/api/library/comparisons?version=2018&standard=4.1", 400, "standard: the 2018 framework has no standard 4.1");
        refused("/api/library/services/nowhere", 404, "there is no service nowhere in the library");
        refused("/api/library/services/Not%20A%20Key", 400, "serviceKey must be lower-case letters");
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> reply = get(path);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return json.readTree(reply.body());
    }

    private void refused(String path, int status, String message) throws Exception {
        HttpResponse<String> reply = get(path);
        assertThat(reply.statusCode()).as(path).isEqualTo(status);
        assertThat(reply.body()).startsWith("{\"error\"").contains(message);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path))
                .header("Authorization", "Bearer " + TestUsers.token(app, "lead")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
