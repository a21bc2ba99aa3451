package org.yjinspect.context.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The contextual facts on the API: the caseload's profile and the figures, entered and removed by the lead. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ContextApiTest {
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
    void theProfileOfTheImportedCaseloadBesideTheFiguresEntered() throws Exception {
        long id = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, id, "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, id, "Pat", Role.PANEL_MEMBER);
        Http lead = server.http().as("Lowri");
        String base = "/api/inspections/" + id + "/contextual-facts";
        JsonNode empty = lead.get(base).body();
        assertThat(empty.get("caseloadSize").asLong()).isZero();
        assertThat(empty.get("profile")).isEmpty();

        Fixtures.importCsv(app, id, Fixtures.csv(Fixtures.caseload(3, 80)), false);
        Http.Answer figure = lead.send("POST", base + "/figures", "{\"label\": \"Reoffending rate (national)\","
                + " \"value\": \"34.9%\", \"source\": \"MoJ proven reoffending, Jan 2022\"}", null);
        assertThat(figure.status()).as(figure.raw()).isEqualTo(201);
        JsonNode facts = server.http().as("Pat").get(base).body();
        assertThat(facts.get("caseloadSize").asLong()).isEqualTo(80);
        assertThat(facts.get("profile").findValuesAsText("heading")).containsExactly("Case type", "Disposal type",
                "Gender", "Ethnicity", "Age band");
        assertThat(facts.get("figures").get(0).get("value").asText()).isEqualTo("34.9%");
        assertThat(facts.toString()).as("never a reference or a case manager").doesNotContain("YJ-")
                .doesNotContain("caseManager");

        Http.Answer noSource = lead.send("POST", base + "/figures", "{\"label\": \"Rate\", \"value\": \"1\"}", null);
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body().get("error").asText()).contains("the figure's source is required");
        assertThat(lead.send("POST", base + "/figures", "{\"label\": \"Rate\", \"value\": \"1\", \"source\": \"x\"}",
                "Pat").status()).isEqualTo(403);
        Http.Answer removed = lead.send("DELETE", base + "/figures/" + figure.body().get("id").asLong(), null, null);
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.body().get("figures")).isEmpty();
        assertThat(lead.send("DELETE", base + "/figures/987654", null, null).status()).isEqualTo(404);
    }
}
