package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.Http;
import org.yjinspect.support.SampledInspection;

/**
 * A record of inspection A asked for through inspection B's path (a sampled case, a staff survey
 * line, a meeting) or B's body or query (a case reference) is answered exactly as an id that
 * exists nowhere: same status, same words, and A's record untouched. The test fails when a route
 * that takes a record's id is added without being walked here.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class OtherInspectionsRecordsAreAbsentTest {
    private static final long ABSENT = 987_654_321L;
    private static final String ABSENT_REFERENCE = "ZZ-NOWHERE-1";
    /** The path parameters that name one record of an inspection (the others name catalogue entries). */
    private static final Set<String> RECORD_IDS = Set.of("{sampleCaseId}", "{id}");
    private static Javalin web;
    private static Http http;
    private static SampledInspection a;
    private static SampledInspection b;
    private static long surveyLine;
    private static long meeting;

    /** One route walked: its pattern, how to call it with a record id, and its body. */
    private record Walk(String method, String pattern, String path, String body) {
    }

    @BeforeAll
    static void start(Application app) throws Exception {
        web = app.web().start(0);
        http = new Http("http://localhost:" + web.port(), name -> org.yjinspect.support.TestUsers.token(app, name));
        a = SampledInspection.create(app, "2021", 86, 300, 4, 0);
        b = SampledInspection.create(app, "2021", 87, 300, 4, 0);
        String organisation = "/api/inspections/" + a.id() + "/organisation";
        surveyLine = created(http.send("POST", organisation + "/staff-survey",
                "{\"question\": \"I have manageable caseloads\", \"responses\": 31, \"percentAgreeing\": 64.5}", "lead"));
        meeting = created(http.send("POST", organisation + "/meetings", "{\"heldOn\": \"2024-11-05\", \"kind\":"
                + " \"meeting\", \"withWhom\": \"case managers\", \"participants\": 4, \"standardNumber\": \"1.1\"}", "lead"));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void anotherInspectionsIdInThePathIsAnsweredAsAnIdThatDoesNotExist() throws Exception {
        long sampledCase = a.first(CaseType.COURT_DISPOSAL).sampleCaseId();
        JsonNode before = http.get("/api/inspections/" + a.id() + "/assessments/" + sampledCase).body();
        List<String> walked = new ArrayList<>();
        for (Walk walk : walks()) {
            long ofA = walk.pattern().contains("{sampleCaseId}") ? sampledCase
                    : walk.pattern().contains("staff-survey") ? surveyLine : meeting;
            Http.Answer other = http.send(walk.method(), walk.path().formatted(ofA), walk.body(), "eve");
            Http.Answer absent = http.send(walk.method(), walk.path().formatted(ABSENT), walk.body(), "eve");
            assertThat(other.status()).as(walk + ": " + other.raw()).isEqualTo(404);
            assertThat(other.raw().replace(String.valueOf(ofA), "ID")).as(walk.toString())
                    .isEqualTo(absent.raw().replace(String.valueOf(ABSENT), "ID"));
            walked.add(walk.method() + " " + walk.pattern());
        }
        assertThat(http.get("/api/inspections/" + a.id() + "/assessments/" + sampledCase).body()).isEqualTo(before);
        assertThat(new TreeSet<>(walked)).as("every route that takes a record's id is walked")
                .isEqualTo(routesTakingARecordId());
    }

    @Test
    void anotherInspectionsCaseReferenceInABodyOrQueryIsAnsweredAsOneThatDoesNotExist() throws Exception {
        String sampledReference = a.cases().get(a.cases().size() - 1).reference();
        assertThat(b.cases()).noneMatch(c -> c.reference().equals(sampledReference));
        String replacements = "/api/inspections/" + b.id() + "/sample/replacements";
        Http.Answer other = http.send("POST", replacements, replacement(sampledReference), "eve");
        Http.Answer absent = http.send("POST", replacements, replacement(ABSENT_REFERENCE), "eve");
        assertThat(other.status()).as(other.raw()).isBetween(400, 499);
        assertThat(other.raw().replace(sampledReference, "REF")).isEqualTo(absent.raw().replace(ABSENT_REFERENCE, "REF"));

        String audit = "/api/inspections/" + b.id() + "/audit?case=";
        long sampledCase = a.cases().get(a.cases().size() - 1).sampleCaseId();
        assertThat(http.send("PUT", "/api/inspections/" + a.id() + "/assessments/" + sampledCase + "/judgement",
                "{\"riskOfSeriousHarm\": \"high\", \"baseRevision\": 0}", "amira")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/inspections/" + a.id() + "/audit?case=" + sampledReference).body().get("count")
                .asInt()).as("A's audit trail has the case's judgement").isPositive();
        Http.Answer otherAudit = http.get(audit + sampledReference);
        assertThat(otherAudit.raw()).isEqualTo(http.get(audit + ABSENT_REFERENCE).raw());
        assertThat(otherAudit.body().get("count").asInt()).isZero();
    }

    private static List<Walk> walks() {
        String assessments = "/api/inspections/" + b.id() + "/assessments/%d";
        String organisation = "/api/inspections/" + b.id() + "/organisation";
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
                        organisation + "/staff-survey/%d", survey),
                new Walk("PUT", "/api/inspections/{inspectionId}/organisation/meetings/{id}",
                        organisation + "/meetings/%d", meet));
    }

    private static Set<String> routesTakingARecordId() {
        Set<String> routes = new TreeSet<>();
        web.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
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
