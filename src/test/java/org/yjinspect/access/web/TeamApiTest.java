package org.yjinspect.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/** The team and allocation routes: JSON in and out, refusals as 4xx JSON naming what to do. */
@ExtendWith(EmbeddedPostgresExtension.class)
class TeamApiTest {
    private static Application app;
    private static ApiServer server;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        server = ApiServer.start(app);
        app.accounts().create(CreateAccountCommand.of("api-seren", null, "kettle orbit lantern".toCharArray(), false, "test"));
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    @Test
    void theTeamAndItsAllocationsThroughTheApi() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 41L, 60);
        TestUsers.join(app, s.id(), "Lowri", Role.LEAD_INSPECTOR);
        Http http = server.http().as("Lowri");
        String team = "/api/inspections/" + s.id() + "/team";
        String allocations = "/api/inspections/" + s.id() + "/allocations";
        String ref = s.cases().get(0).reference();

        Http.Answer added = http.send("POST", team, "{\"username\": \"api-seren\", \"role\": \"LOCAL_ASSESSOR\"}", "Lowri");
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(http.send("POST", team, "{\"username\": \"api-seren\", \"role\": \"LOCAL_ASSESSOR\"}", "Lowri").status())
                .isEqualTo(200);
        assertThat(http.get(team).body().findValuesAsText("role")).containsExactlyInAnyOrder("lead_inspector",
                "local_assessor");
        assertThat(http.get(team).body().findValuesAsText("username")).containsExactlyInAnyOrder("lowri", "api-seren");

        Http.Answer allocated = http.send("POST", allocations, "{\"caseReference\": \"" + ref + "\", \"username\": \"api-seren\"}", "Lowri");
        assertThat(allocated.status()).as(allocated.raw()).isEqualTo(200);
        assertThat(http.get(allocations).body().get(0).get("username").asText()).isEqualTo("api-seren");
        assertThat(http.send("DELETE", allocations + "/" + ref, null, "Lowri").status()).isEqualTo(200);
        assertThat(http.send("DELETE", team + "/api-seren/LOCAL_ASSESSOR", null, "Lowri").body().get("changed").asBoolean())
                .isTrue();
        assertThat(http.get(team).body().findValuesAsText("username")).as("only the lead is left")
                .containsExactly("lowri");
    }

    @Test
    void refusalsAreJsonWithTheirReason() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 42L, 60);
        TestUsers.join(app, s.id(), "Lowri", Role.LEAD_INSPECTOR);
        Http http = server.http().as("Lowri");
        String team = "/api/inspections/" + s.id() + "/team";

        Http.Answer badRole = http.send("POST", team, "{\"username\": \"api-seren\", \"role\": \"chief\"}", "Lowri");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("error").asText()).contains("LEAD_INSPECTOR");
        Http.Answer signedOut = new Http(http.base()).send("POST", team,
                "{\"username\": \"api-seren\", \"role\": \"INSPECTOR\"}", null);
        assertThat(signedOut.status()).isEqualTo(401);
        assertThat(signedOut.body().get("error").asText()).contains("sign in first");
        Http.Answer notLead = http.send("POST", team, "{\"username\": \"api-seren\", \"role\": \"INSPECTOR\"}",
                "api-seren");
        assertThat(notLead.status()).as("api-seren is on no team: the inspection is hidden").isEqualTo(404);
        Http.Answer notMember = http.send("POST", "/api/inspections/" + s.id() + "/allocations",
                "{\"caseReference\": \"" + s.cases().get(0).reference() + "\", \"username\": \"api-seren\"}", "Lowri");
        assertThat(notMember.status()).isEqualTo(409);
        assertThat(notMember.body().get("error").asText()).contains("not on this inspection's team");
        assertThat(http.get("/api/inspections/999999/team").status()).isEqualTo(404);
        assertThat(http.send("POST", team, "{\"username\": \"api-seren\", \"role\": \"INSPECTOR\", \"x\": 1}", "Lowri")
                .status()).isEqualTo(400);
    }
}
