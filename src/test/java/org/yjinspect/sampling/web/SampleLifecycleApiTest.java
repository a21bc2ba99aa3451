package org.yjinspect.sampling.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Setting up, sampling, discarding and deleting over real HTTP: every write is made by someone
 * signed in (a request without credentials is refused and changes nothing) and names them, no dead end.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SampleLifecycleApiTest {
    private static final String INSPECTION = """
            {"serviceName": "Southshire YJS", "kind": "inspection", "frameworkVersion": "2021",
             "announcementDate": "2024-10-14", "fieldworkStart": "2024-11-04", "fieldworkEnd": "2024-11-08"}""";
    private static Application app;
    private static ApiServer server;
    private static Http http;
    private static Http signedOut;

    @BeforeAll
    static void start(Application opened) {
        app = opened;
        server = ApiServer.start(app);
        http = server.http();
        signedOut = new Http(http.base());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertActorRequired(Http.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(401);
        assertThat(answer.body().get("error").asText()).contains("sign in first");
    }

    @Test
    void everyWriteNamesItsActorAndAnEmptyDrawIsRefusedWithTheWindowsSoTheCaseloadCanBeCorrected() throws Exception {
        int before = app.inspections().all().size();
        assertActorRequired(signedOut.send("POST", "/api/inspections", INSPECTION, null));
        assertThat(app.inspections().all()).as("the refused request made nothing").hasSize(before);
        long id = http.send("POST", "/api/inspections", INSPECTION, "amira").body().get("id").asLong();
        String base = "/api/inspections/" + id;
        TestUsers.account(app, "ben");
        assertThat(http.send("POST", base + "/team", "{\"username\": \"ben\", \"role\": \"LEAD_INSPECTOR\"}", "amira")
                .status()).as("whoever creates an inspection leads it and may add a second lead").isEqualTo(201);
        String late = Fixtures.csv(new SyntheticCaseload(5, Fixtures.ANNOUNCED.plusYears(1)).cases(200));
        assertActorRequired(signedOut.sendCsv("PUT", base + "/caseload", late, null));
        assertThat(http.sendCsv("PUT", base + "/caseload", late, "amira").status()).isEqualTo(200);
        assertActorRequired(signedOut.send("POST", base + "/sample", "{\"seed\": 1}", null));

        Http.Answer refused = http.send("POST", base + "/sample", "{\"seed\": 1}", "amira");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("error").asText()).contains("no case in the caseload of 200 cases");
        assertThat(refused.body().get("rule").asText()).isEqualTo("a sample needs eligible cases");
        assertThat(refused.body().at("/eligibilityWindows/0/caseType").asText()).isEqualTo("court");
        assertThat(refused.body().at("/eligibilityWindows/0/from").asText()).isEqualTo("2024-01-14");
        assertThat(refused.body().at("/eligibilityWindows/0/to").asText()).isEqualTo("2024-04-14");
        assertThat(refused.body().at("/eligibilityWindows/1/eligible").asInt()).isZero();
        assertThat(http.send("GET", base + "/sample", null, "amira").status()).isEqualTo(404);

        String inside = Fixtures.csv(SyntheticCaseload.insideWindows(5, Fixtures.ANNOUNCED,
                app.inspections().get(id).details().windows()).cases(200));
        assertThat(http.sendCsv("PUT", base + "/caseload", inside, "amira").status()).isEqualTo(200);
        Http.Answer drawn = http.send("POST", base + "/sample", "", "amira");
        assertThat(drawn.status()).as(drawn.raw()).isEqualTo(201);
        String reference = drawn.body().at("/caseTypes/0/cases/0/reference").asText();
        String replacement = "{\"caseReference\": \"" + reference + "\", \"reason\": \"case file unavailable\"}";
        assertActorRequired(signedOut.send("POST", base + "/sample/replacements", replacement, null));
        assertThat(http.send("POST", base + "/sample/replacements", replacement, "ben").status()).isEqualTo(201);

        assertActorRequired(signedOut.send("DELETE", base + "/sample", "{\"reason\": \"wrong export\"}", null));
        assertThat(http.send("DELETE", base + "/sample", "{}", "ben").body().get("error").asText())
                .contains("reason for discarding the sample is required");
        Http.Answer discarded = http.send("DELETE", base + "/sample", "{\"reason\": \"wrong export\"}", "ben");
        assertThat(discarded.status()).as(discarded.raw()).isEqualTo(200);
        assertThat(discarded.body().get("discardedBy").asText()).isEqualTo("ben");
        assertThat(http.send("GET", base + "/sample", null, "ben").status()).isEqualTo(404);
        assertThat(http.sendCsv("PUT", base + "/caseload", inside, "ben").status()).isEqualTo(200);
        assertThat(http.send("POST", base + "/sample", "{\"seed\": 2}", "ben").status()).isEqualTo(201);

        Http.Answer audit = http.send("GET", base + "/audit?limit=5000", null, "amira");
        assertThat(audit.body().get("entries").findValuesAsText("actor")).contains("amira", "ben");
        assertThat(audit.body().get("entries").findValuesAsText("entity"))
                .contains("inspection", "caseload", "sample", "sample_case");
    }

    @Test
    void anInspectionNeverPublishedIsDeletedButAPublishedOneIsLocked() throws Exception {
        long id = http.send("POST", "/api/inspections", INSPECTION, "amira").body().get("id").asLong();
        String base = "/api/inspections/" + id;
        assertActorRequired(signedOut.send("DELETE", base, "{\"reason\": \"set up twice\"}", null));
        Http.Answer deleted = http.send("DELETE", base, "{\"reason\": \"set up twice\"}", "amira");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(deleted.body().get("deletedBy").asText()).isEqualTo("amira");
        Http.Answer gone = http.send("GET", base, null, "amira");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("error").asText()).contains("was deleted on", "set up twice");
        Http.Answer trail = http.send("GET", base + "/audit", null, "amira");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body().get("entries").findValuesAsText("field")).contains("service_name", "deletion_reason");

        Actor lead = new Actor("lead");
        SampledInspection s = SampledInspection.create(app, "2021", 73, 300, 3, 0);
        TestUsers.join(app, s.id(), "amira", Role.LEAD_INSPECTOR);
        Publishing.readyToPublish(app, s, lead);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), lead));
        String published = "/api/inspections/" + s.id();
        for (String path : new String[] {published, published + "/sample"}) {
            Http.Answer locked = http.send("DELETE", path, "{\"reason\": \"not wanted\"}", "amira");
            assertThat(locked.status()).as(path).isEqualTo(423);
            assertThat(locked.body().get("error").asText()).contains("read-only");
        }
    }
}
