package org.yjinspect.finding.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Http;
import org.yjinspect.support.TestUsers;

/** The strengths and areas for improvement on the API: JSON in and out, the report's order, refusals as 4xx JSON. */
@ExtendWith(EmbeddedPostgresExtension.class)
class FindingApiTest {
    private static Application app;
    private static ApiServer server;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        server = ApiServer.start(app);
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    @Test
    void theLeadEntersChangesAndRemovesFindingsAndTheTeamReadsThem() throws Exception {
        long id = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, id, "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, id, "Ifan", Role.INSPECTOR);
        Http lead = server.http().as("Lowri");
        String base = "/api/inspections/" + id + "/findings";

        Http.Answer area = lead.send("POST", base, "{\"domain\": 2, \"kind\": \"area\", \"text\": \"Contingency"
                + " planning was weak.\"}", null);
        assertThat(area.status()).as(area.raw()).isEqualTo(201);
        assertThat(area.body().get("kind").asText()).isEqualTo("AREA_FOR_IMPROVEMENT");
        assertThat(area.body().get("position").asInt()).isEqualTo(1);
        assertThat(area.body().get("updatedBy").asText()).isEqualTo("lowri");
        Http.Answer strength = lead.send("POST", base, "{\"domain\": 2, \"kind\": \"STRENGTH\", \"text\": \"Assessments"
                + " were thorough.\"}", null);
        assertThat(strength.status()).as(strength.raw()).isEqualTo(201);

        Http.Answer read = server.http().as("Ifan").get(base);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("findings").findValuesAsText("kind")).as("strengths first")
                .containsExactly("STRENGTH", "AREA_FOR_IMPROVEMENT");

        long areaId = area.body().get("id").asLong();
        Http.Answer changed = lead.send("PUT", base + "/" + areaId, "{\"text\": \"<b>Planning</b> was weak.\","
                + " \"baseRevision\": 1}", null);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.raw()).as("HTML-significant characters escaped in the JSON").doesNotContain("<b>");
        assertThat(changed.body().get("text").asText()).isEqualTo("<b>Planning</b> was weak.");
        Http.Answer stale = lead.send("PUT", base + "/" + areaId, "{\"text\": \"x\", \"baseRevision\": 1}", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("current").get("revision").asInt()).isEqualTo(2);

        Http.Answer removed = lead.send("DELETE", base + "/" + areaId, null, null);
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.body().get("findings").findValuesAsText("text")).containsExactly("Assessments were thorough.");
    }

    @Test
    void refusalsSayWhatIsWrongAndChangeNothing() throws Exception {
        long id = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, id, "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, id, "Ifan", Role.INSPECTOR);
        TestUsers.join(app, id, "Pat", Role.PANEL_MEMBER);
        Http lead = server.http().as("Lowri");
        String base = "/api/inspections/" + id + "/findings";

        Http.Answer noKind = lead.send("POST", base, "{\"domain\": 1, \"text\": \"x\"}", null);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body().get("error").asText()).contains("kind must be \"strength\" or \"area\"");
        Http.Answer badKind = lead.send("POST", base, "{\"domain\": 1, \"kind\": \"<weakness>\", \"text\": \"x\"}", null);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.raw()).as("the value sent is not repeated").doesNotContain("weakness");
        Http.Answer noDomain = lead.send("POST", base, "{\"kind\": \"strength\", \"text\": \"x\"}", null);
        assertThat(noDomain.status()).isEqualTo(400);
        assertThat(noDomain.body().get("error").asText()).contains("domain is required");
        Http.Answer noSuchDomain = lead.send("POST", base, "{\"domain\": 7, \"kind\": \"strength\", \"text\": \"x\"}",
                null);
        assertThat(noSuchDomain.status()).isEqualTo(400);
        assertThat(noSuchDomain.body().get("error").asText()).contains("one of the framework's");
        Http.Answer twoLines = lead.send("POST", base, "{\"domain\": 1, \"kind\": \"strength\", \"text\": \"a\\nb\"}",
                null);
        assertThat(twoLines.status()).isEqualTo(400);
        assertThat(twoLines.body().get("error").asText()).contains("the finding");
        assertThat(lead.send("POST", base, "{\"domain\": 1, \"kind\": \"strength\", \"text\": \"x\", \"colour\": 1}",
                null).status()).as("an unknown field is refused").isEqualTo(400);
        assertThat(lead.send("DELETE", base + "/987654", null, null).status()).isEqualTo(404);
        for (String notLead : new String[] {"Ifan", "Pat"}) {
            Http.Answer refused = lead.send("POST", base, "{\"domain\": 1, \"kind\": \"strength\", \"text\": \"x\"}",
                    notLead);
            assertThat(refused.status()).as(notLead).isEqualTo(403);
            assertThat(lead.send("GET", base, null, notLead).status()).as(notLead + " reads them").isEqualTo(200);
        }
        assertThat(server.http().as("Stranger").get(base).status()).as("a non-member").isEqualTo(404);
        assertThat(lead.get(base).body().get("findings")).isEmpty();
    }
}
