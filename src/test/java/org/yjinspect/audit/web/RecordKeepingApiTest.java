package org.yjinspect.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Case assessments, qualitative evidence, ratings, panel and audit over real HTTP, each made by
 * someone signed in with the role it takes: amira an inspector with the case allocated to her,
 * ben and lead the inspection's lead inspectors, panel a ratings panel member.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class RecordKeepingApiTest {
    private static Application app;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start(Application opened) {
        app = opened;
        server = ApiServer.start(app);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersAreSavedOneAtATimeWithRevisionsAndAStaleSaveGets409WithTheCurrentState() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 71, 300, 4, 0);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        assessedByAmira(s, c);
        TestUsers.join(app, s.id(), "ben", Role.LEAD_INSPECTOR);
        String prompt = "/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId() + "/prompts/2.1.desistance.a";

        Http.Answer noActor = new Http(http.base()).send("PUT", prompt, "{\"answer\": \"yes\", \"baseRevision\": 0}",
                null);
        assertThat(noActor.status()).isEqualTo(401);
        assertThat(noActor.body().get("error").asText()).contains("sign in first");
        assertThat(http.send("PUT", prompt, "{\"answer\": \"yes\"}", "amira").body().get("error").asText())
                .contains("baseRevision is required");

        Http.Answer saved = http.send("PUT", prompt, "{\"answer\": \"Yes\", \"baseRevision\": 0}", "amira");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().at("/saved/answer").asText()).isEqualTo("yes");
        assertThat(saved.body().at("/saved/revision").asInt()).isEqualTo(1);
        assertThat(saved.body().at("/caseStatus/status").asText()).isEqualTo("in_progress");

        Http.Answer stale = http.send("PUT", prompt, "{\"answer\": \"no\", \"baseRevision\": 0}", "ben");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("stale").asBoolean()).isTrue();
        assertThat(stale.body().get("error").asText()).contains("changed by amira");
        assertThat(stale.body().at("/current/answer").asText()).isEqualTo("yes");
        assertThat(stale.body().at("/current/revision").asInt()).isEqualTo(1);

        Http.Answer form = http.send("GET", "/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId(), null,
                "amira");
        assertThat(form.body().at("/standards/0/keyQuestions/0/prompts/0/answer/answer").asText()).isEqualTo("yes");
        assertThat(http.send("GET", "/api/inspections/" + s.id() + "/assessments", null, "amira").body().get(0)
                .has("keyQuestionsAnswered")).isTrue();
    }

    @Test
    void hostileTextIsStoredVerbatimAndComesBackAsInertJson() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 72, 300, 4, 0);
        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        assessedByAmira(s, c);
        String note = "</script><img src=x onerror=alert(1)> \"quote\" \\ back ' single & amp\nline";
        String body = "{\"note\": " + org.yjinspect.platform.json.Json.write(note) + ", \"goodPracticeExample\": true,"
                + " \"baseRevision\": 0}";
        Http.Answer saved = http.send("PUT", "/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId()
                + "/key-questions/2.1.desistance/evidence", body, "amira");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().at("/saved/note").asText()).isEqualTo(note);
        assertThat(saved.raw()).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("\\u003C/script");
        Http.Answer audit = http.send("GET", "/api/inspections/" + s.id() + "/audit?case=" + c.reference()
                + "&standard=2.1", null, "amira");
        assertThat(audit.body().at("/entries/0/newValue").asText()).isEqualTo(note);
        assertThat(audit.raw()).doesNotContain("<img");
    }

    @Test
    void liveRatingsPanelAndOrganisationAnswerInJsonAndRefuseBadDecisions() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 73, 300, 4, 0);
        TestUsers.join(app, s.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "panel", Role.PANEL_MEMBER);
        String base = "/api/inspections/" + s.id();
        Http.Answer ratings = http.send("GET", base + "/ratings", null, "panel");
        assertThat(ratings.status()).isEqualTo(200);
        assertThat(ratings.body().get("standards").size()).isEqualTo(13);
        assertThat(ratings.body().at("/resettlement/rating").isNull()).isTrue();

        Http.Answer note = http.send("PUT", base + "/organisation/standards/1.1/questions/1",
                "{\"note\": \"Board minutes show challenge\", \"baseRevision\": 0}", "lead");
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.body().get("revision").asInt()).isEqualTo(1);
        Http.Answer proposed = http.send("PUT", base + "/organisation/standards/1.1/proposed-rating",
                "{\"rating\": \"good\", \"rationale\": \"clear vision\", \"baseRevision\": 0}", "lead");
        assertThat(proposed.body().get("rating").asText()).isEqualTo("Good");
        Http.Answer survey = http.send("POST", base + "/organisation/staff-survey",
                "{\"question\": \"I have manageable caseloads\", \"responses\": 31, \"percentAgreeing\": 64.5}", "lead");
        assertThat(survey.status()).isEqualTo(201);
        assertThat(http.send("PUT", base + "/organisation/key-data", "{\"staffHeadcount\": 42,"
                + " \"vacancyRatePercent\": 120, \"baseRevision\": 0}", "lead").status()).isEqualTo(400);
        Http.Answer organisation = http.send("GET", base + "/organisation", null, "panel");
        assertThat(organisation.body().at("/standards/0/questions/0/evidence/note").asText())
                .isEqualTo("Board minutes show challenge");
        assertThat(organisation.body().at("/staffSurvey/0/result/percentAgreeing").decimalValue()).isEqualByComparingTo("64.5");

        Http.Answer panel = http.send("GET", base + "/panel", null, "lead");
        assertThat(panel.body().get("readyToPublish").asBoolean()).isFalse();
        Http.Answer byTheLead = http.send("PUT", base + "/panel/standards/1.1",
                "{\"rating\": \"Good\", \"rationale\": \"confirmed\", \"baseRevision\": 0}", "lead");
        assertThat(byTheLead.status()).as(byTheLead.raw()).isEqualTo(403);
        assertThat(byTheLead.body().get("error").asText()).contains("panel decisions are the ratings panel's");
        Http.Answer moved = http.send("PUT", base + "/panel/standards/1.1",
                "{\"rating\": \"Outstanding\", \"rationale\": \"\", \"baseRevision\": 0}", "panel");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body().get("error").asText()).contains("ratings panel decision for 1.1 refused");
    }

    @Test
    void aPublishedInspectionAnswers423Locked() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 74, 300, 3, 0);
        TestUsers.join(app, s.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "late", Role.LEAD_INSPECTOR);
        Actor lead = new Actor("lead");
        Publishing.readyToPublish(app, s, lead);
        String base = "/api/inspections/" + s.id();
        int revision = http.send("GET", base + "/panel", null, "lead").body().get("revision").asInt();
        Http.Answer published = http.send("POST", base + "/panel/publish", "{\"baseRevision\": " + revision + "}", "lead");
        assertThat(published.status()).as(published.raw()).isEqualTo(200);

        AssessedCase c = s.first(CaseType.COURT_DISPOSAL);
        Http.Answer locked = http.send("PUT", base + "/assessments/" + c.sampleCaseId() + "/prompts/2.1.desistance.a",
                "{\"answer\": \"no\", \"baseRevision\": 1}", "late");
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.body().get("locked").asBoolean()).isTrue();
        assertThat(locked.body().get("error").asText()).contains("read-only");
        assertThat(http.send("PUT", base + "/organisation/standards/1.1/questions/1",
                "{\"note\": \"late\", \"baseRevision\": 0}", "late").status()).isEqualTo(423);
        assertThat(http.send("GET", base + "/audit", null, "late").body().get("count").asInt()).isPositive();
    }

    /** amira assesses the case as an inspector it is allocated to. */
    private static void assessedByAmira(SampledInspection s, AssessedCase c) {
        TestUsers.join(app, s.id(), "amira", Role.INSPECTOR);
        TestUsers.allocate(app, s.id(), c.reference(), "amira");
    }
}
