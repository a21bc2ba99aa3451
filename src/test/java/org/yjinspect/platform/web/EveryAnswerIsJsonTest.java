package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Requests a real client can send but no route expects (malformed URLs, unknown paths and
 * methods, headers too large, bodies that are not JSON or too large, no credentials or hostile
 * ones on any route) are answered in the API's JSON form, by the router, the access gate and the
 * web server itself, never with the server's HTML page.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class EveryAnswerIsJsonTest {
    private static Map<String, byte[]> json;
    private static byte[] amira;
    private static Javalin web;
    private static RawHttp raw;
    private static String judgement;
    private static long inspection;

    @BeforeAll
    static void start(Application app) {
        web = app.web().start(0);
        raw = new RawHttp(web.port());
        SampledInspection s = SampledInspection.create(app, "2021", 82, 300, 4, 0);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        inspection = s.id();
        judgement = "/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId() + "/judgement";
        TestUsers.join(app, s.id(), "amira", Role.INSPECTOR);
        TestUsers.allocate(app, s.id(), c.reference(), "amira");
        amira = RawHttp.utf8(TestUsers.bearer(app, "amira"));
        json = Map.of("Content-Type", RawHttp.utf8("application/json"), "Authorization", amira);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aMalformedUrlOrOversizedRequestIsRefusedByTheServerInJson() throws Exception {
        assertJsonError(raw.send("GET", "/%"), 400, "every % must be followed by two hex digits");
        assertJsonError(raw.send("GET", "/api/inspections/%zz"), 400, "check the URL");
        assertJsonError(raw.send("PUT", "/api/inspections/%00/caseload"), 400, "check the URL");
        assertJsonError(raw.send("GET", "/api/in spections"), 400, "check the URL");
        assertJsonError(raw.send("GET", "/api/inspections", Map.of("Bad Header", RawHttp.utf8("x")), null), 400,
                "check the URL");
        assertJsonError(raw.send("GET", "/api/inspections", Map.of("X-Big", RawHttp.utf8("a".repeat(20_000))), null),
                431, "headers are too large");
        assertJsonError(raw.send("GET", "/api/inspections?q=" + "a".repeat(20_000)), 414, "URL is too long");
    }

    @Test
    void noSuchRouteOrMethodIsAnsweredInJsonWithTheAllowedMethods() throws Exception {
        assertJsonError(raw.send("GET", "/api/nothing-here"), 404, "there is no route GET /api/nothing-here");
        for (String method : new String[] {"DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"}) {
            RawHttp.Answer answer = raw.send(method, "/api/inspections");
            assertJsonError(answer, 405, method + " is not allowed on /api/inspections; allowed: GET, POST");
            assertThat(answer.headers().get("allow")).isEqualTo("GET, POST");
        }
        RawHttp.Answer head = raw.send("HEAD", "/api/nothing-here");
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingWhatToSend() throws Exception {
        byte[] object = RawHttp.utf8("{}");
        assertJsonError(raw.send("POST", "/api/inspections", Map.of("Content-Type", RawHttp.utf8("text/plain"),
                "Authorization", amira), object), 415, "Content-Type: application/json (got text/plain)");
        assertJsonError(raw.send("POST", "/api/inspections", Map.of("Content-Type",
                RawHttp.utf8("application/json; charset=ISO-8859-1"), "Authorization", amira), object), 415,
                "JSON is read as UTF-8");
        byte[] latin1 = "{\"serviceName\": \"Gwasanaeth Ieuenctid Môn\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertJsonError(raw.send("POST", "/api/inspections", json, latin1), 400,
                "the body is not UTF-8 text (byte 0xF4 at position 40)");
        assertJsonError(raw.send("POST", "/api/inspections", json, new byte[0]), 400, "a JSON body is required");
    }

    @Test
    void aBodyTooLargeIsRefusedBeforeItIsRead() throws Exception {
        Map<String, byte[]> announced = Map.of("Content-Type", RawHttp.utf8("application/json"), "Content-Length",
                RawHttp.utf8("2000000"), "Expect", RawHttp.utf8("100-continue"), "Authorization", amira);
        assertJsonError(raw.send("POST", "/api/inspections", announced, null), 413, "larger than 1024 KB");
        // Signed out too: the size is checked before anything else, so nobody makes the server read a large body.
        Map<String, byte[]> csv = Map.of("Content-Type", RawHttp.utf8("text/csv"), "Content-Length",
                RawHttp.utf8(String.valueOf(WebApp.LARGEST_REQUEST + 1)), "Expect", RawHttp.utf8("100-continue"));
        assertJsonError(raw.send("PUT", "/api/inspections/1/caseload", csv, null), 413, "larger than 64 MB");
    }

    @Test
    void everyRouteAnswersSomeoneSignedOutOrWithHostileCredentialsInJson() throws Exception {
        Map<String, String> known = Map.of("inspectionId", String.valueOf(inspection));
        List<byte[]> hostile = List.of(RawHttp.utf8("Bearer not-a-token"), RawHttp.utf8("Bearer Siân Ó Briain"),
                "Bearer Siân".getBytes(StandardCharsets.ISO_8859_1), RawHttp.utf8("Bearer Eve\u202Etxt"),
                RawHttp.utf8("Bearer " + "x".repeat(2000)), RawHttp.utf8("Basic YW1pcmE6cGFzc3dvcmQ="),
                RawHttp.utf8("Bearer"), RawHttp.utf8("Bearer ' or 1=1 --"));
        int refused = 0;
        for (AccessGate.RouteAccess route : AllRoutes.needingSignIn(web)) {
            String path = AllRoutes.path(route, known);
            assertJsonError(raw.send(route.method(), path, Map.of("Content-Type", RawHttp.utf8("application/json"),
                    "Cookie", RawHttp.utf8("yjinspect_session=forged")), RawHttp.utf8("{}")), 401, "sign in first");
            byte[] credentials = hostile.get(refused % hostile.size());
            assertJsonError(raw.send(route.method(), path, Map.of("Authorization", credentials), null), 401,
                    "sign in first");
            refused++;
        }
        assertThat(refused).as("routes that need a signed-in person").isGreaterThan(30);
        for (AccessGate.RouteAccess route : AllRoutes.open(web)) {
            RawHttp.Answer answer = raw.send(route.method(), route.path(), Map.of("Content-Type",
                    RawHttp.utf8("application/json")), RawHttp.utf8("{}"));
            assertThat(answer.status()).as(route + " is open to anyone").isNotEqualTo(401);
            assertJsonError(answer, 400, "required");
        }
    }

    @Test
    void theActorRecordedIsTheTokensOwnerWhateverNameTheRequestGivesInUtf8OrLatin1() throws Exception {
        // X-Actor used to name the actor; it is now ignored, however it is spelt: the token says who it is.
        byte[] body = RawHttp.utf8("{\"riskOfSeriousHarm\": \"low\", \"baseRevision\": 0}");
        RawHttp.Answer utf8 = raw.send("PUT", judgement, Map.of("Content-Type", RawHttp.utf8("application/json"),
                "Authorization", amira, "X-Actor", RawHttp.utf8("Siân Ó Briain")), body);
        assertThat(utf8.status()).as(utf8.body()).isEqualTo(200);
        assertThat(json(utf8).at("/saved/updatedBy").asText()).isEqualTo("amira");
        byte[] again = RawHttp.utf8("{\"riskOfSeriousHarm\": \"medium\", \"baseRevision\": 1}");
        RawHttp.Answer latin1 = raw.send("PUT", judgement, Map.of("Content-Type", RawHttp.utf8("application/json"),
                "Authorization", amira, "X-Actor", "Siân".getBytes(StandardCharsets.ISO_8859_1)), again);
        assertThat(json(latin1).at("/saved/updatedBy").asText()).isEqualTo("amira");
        byte[] third = RawHttp.utf8("{\"riskOfSeriousHarm\": \"high\", \"baseRevision\": 2}");
        assertJsonError(raw.send("PUT", judgement, Map.of("Content-Type", RawHttp.utf8("application/json"),
                "X-Actor", RawHttp.utf8("amira")), third), 401, "sign in first");
        RawHttp.Answer bidi = raw.send("PUT", judgement, Map.of("Content-Type", RawHttp.utf8("application/json"),
                "Authorization", amira, "X-Actor", RawHttp.utf8("Eve\u202Etxt")), third);
        assertThat(json(bidi).at("/saved/updatedBy").asText()).isEqualTo("amira");
    }

    private static JsonNode json(RawHttp.Answer answer) throws Exception {
        return Json.mapper().readTree(answer.body());
    }

    private static void assertJsonError(RawHttp.Answer answer, int status, String message) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(json(answer).get("error").asText()).contains(message);
        assertThat(WriteRoutesRefuseBadBodiesTest.INTERNAL_NAMES).noneMatch(answer.body()::contains);
    }
}
