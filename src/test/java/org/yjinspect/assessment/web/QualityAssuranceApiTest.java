package org.yjinspect.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
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
 * Over the API and the case page, the inspector allocated a case submits it, and only the lead
 * inspector accepts it or returns it for rework: an inspector's accept of their own work is
 * refused 403 with the rule's reason, and nothing changes.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class QualityAssuranceApiTest {
    private static Application app;
    private static ApiServer server;
    private static Http http;
    private static SampledInspection s;
    private static AssessedCase court;
    private static AssessedCase another;

    @BeforeAll
    static void start(Application started) {
        app = started;
        s = SampledInspection.create(app, "2021", 41, 200, 4, 0);
        court = s.first(CaseType.COURT_DISPOSAL);
        TestUsers.join(app, s.id(), "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "Ifan", Role.INSPECTOR);
        TestUsers.allocate(app, s.id(), court.reference(), "Ifan");
        Answering.answerAll(app, s.id(), court, "yes", new Actor("ifan"));
        another = s.ofType(CaseType.COURT_DISPOSAL).get(1);
        TestUsers.allocate(app, s.id(), another.reference(), "Ifan");
        Answering.answerAll(app, s.id(), another, "yes", new Actor("ifan"));
        app.assessments().moveStatus(new MoveCaseStatusCommand(Answering.ref(s.id(), another,
                app.assessments().show(s.id(), another.sampleCaseId()).status().revision(), new Actor("ifan")),
                "submitted", null));
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
    void aLeadDoesNotAcceptACaseAllocatedToThemselvesButAnotherLeadDoes() throws Exception {
        AssessedCase own = s.ofType(CaseType.COURT_DISPOSAL).get(2);
        TestUsers.join(app, s.id(), "Gwen", Role.LEAD_INSPECTOR);
        TestUsers.allocate(app, s.id(), own.reference(), "Lowri");
        Answering.answerAll(app, s.id(), own, "yes", new Actor("lowri"));
        String path = "/api/inspections/" + s.id() + "/assessments/" + own.sampleCaseId();
        int revision = http.get(path).body().get("status").get("revision").asInt();
        assertThat(http.send("POST", path + "/status", "{\"status\": \"submitted\", \"baseRevision\": " + revision
                + "}", "Lowri").status()).isEqualTo(200);
        revision = http.get(path).body().get("status").get("revision").asInt();

        Http.Answer ownAccept = http.send("POST", path + "/status", "{\"status\": \"accepted\", \"baseRevision\": "
                + revision + "}", "Lowri");
        assertThat(ownAccept.status()).isEqualTo(403);
        assertThat(ownAccept.body().get("error").asText()).isEqualTo("Quality assurance of case assessments: someone"
                + " other than the case's assessor decides it (lowri assessed this case)");
        Http.Answer accepted = http.send("POST", path + "/status", "{\"status\": \"accepted\", \"baseRevision\": "
                + revision + "}", "Gwen");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    @Test
    void anUnknownStatusIsStillRefusedAsBadInputFirst() throws Exception {
        Http.Answer unknown = move("approved", null, "Ifan");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("a case status is one of");
    }

    @Test
    void theCasePageRefusesTheInspectorsAcceptInTheSameWords() throws Exception {
        int revision = app.assessments().show(s.id(), another.sampleCaseId()).status().revision();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base()
                        + "/inspections/" + s.id() + "/cases/" + another.sampleCaseId() + "/status"))
                .header("Authorization", TestUsers.bearer(app, "Ifan"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=accepted&rev=" + revision)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("govuk-error-summary", "An inspector submits the case assessments they make;"
                + " the lead inspector accepts them or returns them for rework");
        assertThat(app.assessments().show(s.id(), another.sampleCaseId()).status().status().name()).isEqualTo("SUBMITTED");
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
