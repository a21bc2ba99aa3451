package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.Http;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Someone on the team of their own inspection only asks for a record of another inspection: through
 * their own inspection's path (a sampled case, a staff survey line, a meeting, a case reference),
 * body or query, or through the other inspection's own routes, or another person's token. Each is
 * answered exactly as an id that exists nowhere: same status, same words, and the record untouched.
 * The test fails when a route that takes a record's id is added without being walked here.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class OtherInspectionsRecordsAreAbsentTest {
    private static final long ABSENT = 987_654_321L;
    private static final String ABSENT_REFERENCE = "ZZ-NOWHERE-1";
    /**
     * The path parameters that name one record of an inspection or one person's token (the others
     * name catalogue entries, or, {username}, an account, which is no inspection's record).
     */
    private static final Set<String> RECORD_IDS = Set.of("{sampleCaseId}", "{id}", "{caseReference}", "{tokenId}");
    /** eve leads her own inspection; lia assesses there as a local assessor, ivor as an inspector. */
    private static final List<String> PEOPLE = List.of("eve", "lia", "ivor");
    private static final String SECOND = "/api/inspections/{inspectionId}/second-reading";
    private static final String SECOND_CASE = SECOND + "/cases/{sampleCaseId}";
    private static Application app;
    private static Javalin web;
    private static Http http;
    private static SampledInspection other;
    private static SampledInspection own;
    private static long surveyLine;
    private static long meeting;
    private static long recommendation;
    private static long figure;
    private static long finding;

    /** One route walked: its pattern, how to call it with a record's id (%s) and its body (%s: the same id, if any). */
    private record Walk(String method, String pattern, String path, String body) {
        String path(String id) {
            return path.formatted(id);
        }

        String body(String id) {
            return body == null ? null : body.formatted(id);
        }
    }

    @BeforeAll
    static void start(Application opened) throws Exception {
        app = opened;
        web = app.web().start(0);
        http = new Http("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
        other = SampledInspection.create(app, "2021", 86, 300, 4, 0);
        own = SampledInspection.create(app, "2021", 87, 300, 4, 0);
        TestUsers.join(app, other.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, other.id(), "amira", Role.INSPECTOR);
        TestUsers.join(app, own.id(), "eve", Role.LEAD_INSPECTOR);
        TestUsers.join(app, own.id(), "lia", Role.LOCAL_ASSESSOR);
        TestUsers.join(app, own.id(), "ivor", Role.INSPECTOR);
        TestUsers.allocate(app, own.id(), own.first(CaseType.COURT_DISPOSAL).reference(), "lia");
        String organisation = "/api/inspections/" + other.id() + "/organisation";
        surveyLine = created(http.send("POST", organisation + "/staff-survey",
                "{\"question\": \"I have manageable caseloads\", \"responses\": 31, \"percentAgreeing\": 64.5}", "lead"));
        meeting = created(http.send("POST", organisation + "/meetings", "{\"heldOn\": \"2024-11-05\", \"kind\":"
                + " \"meeting\", \"withWhom\": \"case managers\", \"participants\": 4, \"standardNumber\": \"1.1\"}", "lead"));
        recommendation = created(http.send("POST", "/api/inspections/" + other.id() + "/recommendations",
                "{\"addressee\": \"The YJS board should\", \"text\": \"recruit a victim worker\"}", "lead"));
        figure = created(http.send("POST", "/api/inspections/" + other.id() + "/contextual-facts/figures",
                "{\"label\": \"Reoffending rate\", \"value\": \"31.1%\", \"source\": \"MoJ\"}", "lead"));
        finding = created(http.send("POST", "/api/inspections/" + other.id() + "/findings",
                "{\"domain\": 1, \"kind\": \"strength\", \"text\": \"The board is well led.\"}", "lead"));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void anotherInspectionsIdInThePathIsAnsweredAsAnIdThatDoesNotExist() throws Exception {
        long sampledCase = other.first(CaseType.COURT_DISPOSAL).sampleCaseId();
        String reference = other.first(CaseType.COURT_DISPOSAL).reference();
        String otherToken = String.valueOf(app.tokens().create(TestUsers.account(app, "lead").principal(), "lead's",
                30, "127.0.0.1").info().id());
        JsonNode before = otherCase(sampledCase);
        JsonNode allocationsBefore = http.send("GET", "/api/inspections/" + other.id() + "/allocations", null,
                "lead").body();
        List<String> walked = new ArrayList<>();
        for (Walk walk : walks()) {
            String ofOther = walk.pattern().contains("{sampleCaseId}") ? String.valueOf(sampledCase)
                    : walk.pattern().contains("staff-survey") ? String.valueOf(surveyLine)
                    : walk.pattern().contains("{caseReference}") || walk.body() != null && walk.body().contains(
                            "caseReference") ? reference
                    : walk.pattern().contains("{tokenId}") ? otherToken
                    : walk.pattern().contains("/recommendations/") ? String.valueOf(recommendation)
                    : walk.pattern().contains("/findings/") ? String.valueOf(finding)
                    : walk.pattern().contains("/contextual-facts/") ? String.valueOf(figure) : String.valueOf(meeting);
            String absent = ofOther.equals(reference) ? ABSENT_REFERENCE : String.valueOf(ABSENT);
            for (String person : PEOPLE) {
                Http.Answer asked = http.send(walk.method(), walk.path(ofOther), walk.body(ofOther), person);
                Http.Answer nowhere = http.send(walk.method(), walk.path(absent), walk.body(absent), person);
                // A case's second reading is its second reader's own: the access rule refuses eve alike (403) for both.
                if (person.equals("eve") && !walk.pattern().startsWith(SECOND_CASE + "/answers")
                        && !walk.pattern().equals(SECOND_CASE + "/submit")) {
                    assertThat(asked.status()).as(walk + ": " + asked.raw()).isEqualTo(404);
                }
                if (walk.pattern().contains("{tokenId}")) {
                    assertThat(asked.body().get("error").asText()).isEqualTo("you have no token " + ofOther);
                }
                assertThat(asked.status()).as(person + " " + walk + ": " + asked.raw()).isEqualTo(nowhere.status());
                assertThat(asked.raw().replace(ofOther, "ID")).as(person + " " + walk)
                        .isEqualTo(nowhere.raw().replace(absent, "ID"));
            }
            if (RECORD_IDS.stream().anyMatch(walk.pattern()::contains)) {
                walked.add(walk.method() + " " + walk.pattern());
            }
        }
        assertThat(otherCase(sampledCase)).as("the other inspection's case is untouched").isEqualTo(before);
        assertThat(http.send("GET", "/api/inspections/" + other.id() + "/allocations", null, "lead").body())
                .as("the other inspection's allocations are untouched").isEqualTo(allocationsBefore);
        assertThat(app.recommendations().of(other.id())).as("the other inspection's recommendation is untouched")
                .extracting(r -> r.text()).containsExactly("recruit a victim worker");
        assertThat(app.contextualFacts().of(other.id()).figures()).as("the other inspection's figure is untouched")
                .hasSize(1);
        assertThat(app.findings().of(other.id())).as("the other inspection's finding is untouched")
                .extracting(f -> f.text()).containsExactly("The board is well led.");
        assertThat(http.send("GET", "/api/tokens", null, "lead").body().findValues("revokedAt"))
                .as("lead's tokens are not revoked").allMatch(JsonNode::isNull);
        assertThat(new TreeSet<>(walked)).as("every route that takes a record's id is walked")
                .isEqualTo(routesTakingARecordId());
    }

    @Test
    void anotherInspectionsCaseReferenceInABodyOrQueryIsAnsweredAsOneThatDoesNotExist() throws Exception {
        String sampledReference = other.cases().get(other.cases().size() - 1).reference();
        assertThat(own.cases()).noneMatch(c -> c.reference().equals(sampledReference));
        String replacements = "/api/inspections/" + own.id() + "/sample/replacements";
        Http.Answer asked = http.send("POST", replacements, replacement(sampledReference), "eve");
        Http.Answer absent = http.send("POST", replacements, replacement(ABSENT_REFERENCE), "eve");
        assertThat(asked.status()).as(asked.raw()).isBetween(400, 499);
        assertThat(asked.raw().replace(sampledReference, "REF")).isEqualTo(absent.raw().replace(ABSENT_REFERENCE, "REF"));

        String audit = "/api/inspections/" + own.id() + "/audit?case=";
        String ofOther = other.cases().get(other.cases().size() - 1).reference();
        long sampledCase = other.cases().get(other.cases().size() - 1).sampleCaseId();
        TestUsers.allocate(app, other.id(), ofOther, "amira");
        assertThat(http.send("PUT", "/api/inspections/" + other.id() + "/assessments/" + sampledCase + "/judgement",
                "{\"riskOfSeriousHarm\": \"high\", \"baseRevision\": 0}", "amira")
                .status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/inspections/" + other.id() + "/audit?case=" + sampledReference, null, "amira")
                .body().get("count").asInt()).as("the other inspection's audit trail has the case's judgement")
                .isPositive();
        Http.Answer otherAudit = http.send("GET", audit + sampledReference, null, "eve");
        assertThat(otherAudit.raw()).isEqualTo(http.send("GET", audit + ABSENT_REFERENCE, null, "eve").raw());
        assertThat(otherAudit.body().get("count").asInt()).isZero();
    }

    @Test
    void everyRouteOfAnInspectionSomeoneIsNotOnIsAnsweredAsOneThatDoesNotExist() throws Exception {
        Map<String, String> ofOther = Map.of("inspectionId", String.valueOf(other.id()), "sampleCaseId",
                String.valueOf(other.first(CaseType.COURT_DISPOSAL).sampleCaseId()), "id", String.valueOf(meeting),
                "caseReference", other.first(CaseType.COURT_DISPOSAL).reference(), "username", "lead",
                "role", "LEAD_INSPECTOR", "promptId", "2.1.desistance.a", "keyQuestionId", "2.1.desistance",
                "number", "1.1", "question", "1");
        Map<String, String> nowhere = new java.util.HashMap<>(ofOther);
        nowhere.put("inspectionId", String.valueOf(ABSENT));
        int asked = 0;
        for (AccessGate.RouteAccess route : AccessGate.everyRoute(web)) {
            // The API's routes here; the pages' 404 for someone not on the team is in RouteAccessMatrixTest.
            if (!route.api() || !route.path().contains("{inspectionId}")) {
                continue;
            }
            WriteRoutes.Route r = new WriteRoutes.Route(route.method(), route.path());
            String body = route.method().equals("GET") ? null : "{\"reason\": \"not wanted\", \"baseRevision\": 0}";
            for (String person : PEOPLE) {
                Http.Answer seen = http.send(route.method(), WriteRoutes.fill(r, ofOther, null, false), body, person);
                Http.Answer absent = http.send(route.method(), WriteRoutes.fill(r, nowhere, null, false), body, person);
                assertThat(seen.status()).as(person + " " + r + ": " + seen.raw()).isEqualTo(404);
                // A page holds other digits (the id may be 1): only its sentence naming the inspection is put aside.
                String seenId = route.path().startsWith("/api/") ? String.valueOf(other.id())
                        : "There is no inspection " + other.id() + ".";
                String absentId = route.path().startsWith("/api/") ? String.valueOf(ABSENT)
                        : "There is no inspection " + ABSENT + ".";
                assertThat(seen.raw().replace(seenId, "ID")).as(person + " " + r)
                        .isEqualTo(absent.raw().replace(absentId, "ID"));
                if (route.path().startsWith("/api/")) {
                    assertThat(seen.body().get("error").asText()).isEqualTo("there is no inspection " + other.id());
                } else {
                    assertThat(seen.raw()).as("a page, " + r).contains("There is no inspection " + other.id() + ".");
                }
            }
            asked++;
        }
        assertThat(asked).as("routes of an inspection asked for").isGreaterThan(25);
        assertThat(app.inspections().get(other.id()).id()).as("the other inspection is still there").isEqualTo(other.id());
        assertThat(otherCase(other.first(CaseType.COURT_DISPOSAL).sampleCaseId()).at("/status/status").asText())
                .isEqualTo("not_started");
    }

    private static JsonNode otherCase(long sampledCase) throws Exception {
        return http.send("GET", "/api/inspections/" + other.id() + "/assessments/" + sampledCase, null, "lead").body();
    }

    private static List<Walk> walks() {
        String assessments = "/api/inspections/" + own.id() + "/assessments/%s";
        String organisation = "/api/inspections/" + own.id() + "/organisation";
        String allocations = "/api/inspections/" + own.id() + "/allocations";
        String recommendations = "/api/inspections/" + own.id() + "/recommendations";
        String second = "/api/inspections/" + own.id() + "/second-reading";
        String answer = "{\"answer\": \"yes\", \"baseRevision\": 0}";
        String base = "/api/inspections/{inspectionId}/assessments/{sampleCaseId}";
        String survey = "{\"question\": \"I feel safe\", \"responses\": 3, \"percentAgreeing\": 50, \"baseRevision\": 1}";
        String meet = "{\"heldOn\": \"2024-11-06\", \"kind\": \"interview\", \"withWhom\": \"the manager\","
                + " \"participants\": 1, \"standardNumber\": \"1.1\", \"baseRevision\": 1}";
        return List.of(
                new Walk("GET", base, assessments, null),
                new Walk("PUT", base + "/prompts/{promptId}", assessments + "/prompts/2.1.desistance.a", answer),
                new Walk("PUT", base + "/key-questions/{keyQuestionId}", assessments + "/key-questions/2.1.desistance",
                        answer),
                new Walk("PUT", base + "/key-questions/{keyQuestionId}/evidence",
                        assessments + "/key-questions/2.1.desistance/evidence", "{\"note\": \"seen\", \"baseRevision\": 0}"),
                new Walk("PUT", base + "/judgement", assessments + "/judgement",
                        "{\"riskOfSeriousHarm\": \"low\", \"baseRevision\": 0}"),
                new Walk("POST", base + "/status", assessments + "/status",
                        "{\"status\": \"in_progress\", \"baseRevision\": 0}"),
                new Walk("PUT", "/api/inspections/{inspectionId}/organisation/staff-survey/{id}",
                        organisation + "/staff-survey/%s", survey),
                new Walk("PUT", "/api/inspections/{inspectionId}/organisation/meetings/{id}",
                        organisation + "/meetings/%s", meet),
                new Walk("DELETE", "/api/inspections/{inspectionId}/allocations/{caseReference}", allocations + "/%s",
                        null),
                new Walk("POST", "/api/inspections/{inspectionId}/allocations", allocations,
                        "{\"caseReference\": \"%s\", \"username\": \"ivor\"}"),
                new Walk("DELETE", "/api/tokens/{tokenId}", "/api/tokens/%s", null),
                new Walk("PUT", "/api/inspections/{inspectionId}/recommendations/{id}", recommendations + "/%s",
                        "{\"addressee\": \"The YJS board should\", \"text\": \"x\", \"baseRevision\": 1}"),
                new Walk("PUT", "/api/inspections/{inspectionId}/recommendations/{id}/position",
                        recommendations + "/%s/position", "{\"position\": 1}"),
                new Walk("DELETE", "/api/inspections/{inspectionId}/recommendations/{id}", recommendations + "/%s", null),
                new Walk("DELETE", "/api/inspections/{inspectionId}/contextual-facts/figures/{id}",
                        "/api/inspections/" + own.id() + "/contextual-facts/figures/%s", null),
                new Walk("PUT", "/api/inspections/{inspectionId}/findings/{id}",
                        "/api/inspections/" + own.id() + "/findings/%s", "{\"text\": \"x\", \"baseRevision\": 1}"),
                new Walk("DELETE", "/api/inspections/{inspectionId}/findings/{id}",
                        "/api/inspections/" + own.id() + "/findings/%s", null),
                new Walk("POST", SECOND + "/cases", second + "/cases", "{\"caseReferences\": [\"%s\"]}"),
                new Walk("POST", SECOND + "/allocations", second + "/allocations",
                        "{\"caseReference\": \"%s\", \"secondReader\": \"ivor\"}"),
                new Walk("DELETE", SECOND + "/cases/{caseReference}", second + "/cases/%s", null),
                new Walk("GET", SECOND_CASE + "/answers", second + "/cases/%s/answers", null),
                new Walk("PUT", SECOND_CASE + "/answers/prompts/{promptId}",
                        second + "/cases/%s/answers/prompts/2.1.desistance.a", answer),
                new Walk("PUT", SECOND_CASE + "/answers/key-questions/{keyQuestionId}",
                        second + "/cases/%s/answers/key-questions/2.1.desistance", answer),
                new Walk("PUT", SECOND_CASE + "/answers/classification", second + "/cases/%s/answers/classification",
                        "{\"riskOfSeriousHarm\": \"low\", \"baseRevision\": 0}"),
                new Walk("POST", SECOND_CASE + "/submit", second + "/cases/%s/submit", "{\"baseRevision\": 0}"),
                new Walk("POST", SECOND_CASE + "/settlements", second + "/cases/%s/settlements", "{\"level\":"
                        + " \"key_question\", \"itemId\": \"2.1.desistance\", \"agreedAnswer\": \"no\","
                        + " \"reason\": \"agreed\"}"));
    }

    private static Set<String> routesTakingARecordId() {
        Set<String> routes = new TreeSet<>();
        web.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.path.startsWith("/api/"))
                .filter(endpoint -> RECORD_IDS.stream().anyMatch(endpoint.path::contains))
                .forEach(endpoint -> routes.add(endpoint.method.name() + " " + endpoint.path));
        return routes;
    }

    private static String replacement(String reference) {
        return "{\"caseReference\": \"" + reference + "\", \"reason\": \"the child moved away\"}";
    }

    private static long created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().get("id").asLong();
    }
}
