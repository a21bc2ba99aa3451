package org.yjinspect.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Over the API, the inspector allocated a case submits it, and only the lead inspector accepts it
 * or returns it for rework: an inspector's accept of their own work is refused 403 with the
 * rule's reason, and nothing changes.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class QualityAssuranceApiTest {
    private static ApiServer server;
    private static Http http;
    private static SampledInspection s;
    private static AssessedCase court;

    @BeforeAll
    static void start(Application app) {
        s = SampledInspection.create(app, "2021", 41, 200, 4, 0);
        court = s.first(CaseType.COURT_DISPOSAL);
        TestUsers.join(app, s.id(), "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "Ifan", Role.INSPECTOR);
        TestUsers.allocate(app, s.id(), court.reference(), "Ifan");
        Answering.answerAll(app, s.id(), court, "yes", new Actor("ifan"));
        server = ApiServer.start(app);
        http = server.http().as("Lowri");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theAssessorSubmitsButOnlyTheLeadAccepts() throws Exception {
        Http.Answer submitted = move("submitted", null, "Ifan");
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);

        Http.Answer ownAccept = move("accepted", null, "Ifan");
        assertThat(ownAccept.status()).isEqualTo(403);
        assertThat(ownAccept.body().get("error").asText()).isEqualTo("Quality assurance of case assessments: an"
                + " inspector submits the case assessments they make; the lead inspector accepts them or returns them"
                + " for rework");
        Http.Answer ownReturn = move("returned_for_rework", "I want another go", "Ifan");
        assertThat(ownReturn.status()).isEqualTo(403);
        assertThat(status()).isEqualTo("submitted");

        Http.Answer returned = move("returned_for_rework", "2.1 needs the evidence for desistance", "Lowri");
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(move("submitted", null, "Ifan").status()).isEqualTo(200);
        Http.Answer accepted = move("accepted", null, "Lowri");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(status()).isEqualTo("accepted");
    }

    @Test
    void anUnknownStatusIsStillRefusedAsBadInputFirst() throws Exception {
        Http.Answer unknown = move("approved", null, "Ifan");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("a case status is one of");
    }

    private static Http.Answer move(String to, String reason, String who) throws Exception {
        int revision = http.get(path()).body().get("status").get("revision").asInt();
        String body = "{\"status\": \"" + to + "\", " + (reason == null ? "" : "\"reason\": \"" + reason + "\", ")
                + "\"baseRevision\": " + revision + "}";
        return http.send("POST", path() + "/status", body, who);
    }

    private static String status() throws Exception {
        return http.get(path()).body().get("status").get("status").asText();
    }

    private static String path() {
        return "/api/inspections/" + s.id() + "/assessments/" + court.sampleCaseId();
    }
}
