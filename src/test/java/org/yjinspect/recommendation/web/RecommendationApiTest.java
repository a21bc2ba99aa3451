package org.yjinspect.recommendation.web;

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

/** The recommendations on the API: JSON in and out, the report's order, refusals as 4xx JSON naming what to do. */
@ExtendWith(EmbeddedPostgresExtension.class)
class RecommendationApiTest {
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
    void theLeadEntersChangesMovesAndRemovesRecommendationsAndTheTeamReadsThem() throws Exception {
        long id = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, id, "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, id, "Ifan", Role.INSPECTOR);
        Http lead = server.http().as("Lowri");
        String base = "/api/inspections/" + id + "/recommendations";

        Http.Answer board = lead.send("POST", base, "{\"addressee\": \"The YJS management board should\", \"text\":"
                + " \"ensure there is sufficient victim staff resource\"}", null);
        assertThat(board.status()).as(board.raw()).isEqualTo(201);
        assertThat(board.body().get("position").asInt()).isEqualTo(1);
        assertThat(board.body().get("revision").asInt()).isEqualTo(1);
        assertThat(board.body().get("updatedBy").asText()).isEqualTo("lowri");
        long head = lead.send("POST", base, "{\"addressee\": \"The head of service should\", \"text\": \"improve"
                + " contingency planning\"}", null).body().get("id").asLong();

        Http.Answer moved = lead.send("PUT", base + "/" + head + "/position", "{\"position\": 1}", null);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().get("position").asInt()).isEqualTo(1);
        Http.Answer read = server.http().as("Ifan").get(base);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("recommendations").findValuesAsText("addressee"))
                .containsExactly("The head of service should", "The YJS management board should");

        long boardId = board.body().get("id").asLong();
        Http.Answer changed = lead.send("PUT", base + "/" + boardId, "{\"addressee\": \"The YJS management board"
                + " should\", \"text\": \"<b>recruit</b> a victim worker\", \"baseRevision\": 1}", null);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.raw()).as("HTML-significant characters escaped in the JSON").doesNotContain("<b>");
        assertThat(changed.body().get("text").asText()).isEqualTo("<b>recruit</b> a victim worker");
        Http.Answer stale = lead.send("PUT", base + "/" + boardId, "{\"addressee\": \"The board should\", \"text\":"
                + " \"x\", \"baseRevision\": 1}", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("current").get("revision").asInt()).isEqualTo(2);

        Http.Answer removed = lead.send("DELETE", base + "/" + head, null, null);
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.body().get("recommendations").findValuesAsText("position")).containsExactly("1");
    }

    @Test
    void refusalsSayWhatIsWrongAndChangeNothing() throws Exception {
        long id = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, id, "Lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, id, "Ifan", Role.INSPECTOR);
        Http lead = server.http().as("Lowri");
        String base = "/api/inspections/" + id + "/recommendations";

        Http.Answer noText = lead.send("POST", base, "{\"addressee\": \"The board should\", \"text\": \" \"}", null);
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.body().get("error").asText()).contains("the recommendation is required");
        Http.Answer twoLines = lead.send("POST", base, "{\"addressee\": \"The board\\nshould\", \"text\": \"x\"}", null);
        assertThat(twoLines.status()).isEqualTo(400);
        assertThat(twoLines.body().get("error").asText()).contains("the addressee");
        assertThat(lead.send("POST", base, "{\"addressee\": \"The board should\", \"text\": \"x\", \"colour\": 1}",
                null).status()).as("an unknown field is refused").isEqualTo(400);
        Http.Answer noPosition = lead.send("PUT", base + "/1/position", "{}", null);
        assertThat(noPosition.status()).isEqualTo(400);
        assertThat(noPosition.body().get("error").asText()).contains("position is required");
        assertThat(lead.send("DELETE", base + "/987654", null, null).status()).isEqualTo(404);
        Http.Answer inspector = lead.send("POST", base, "{\"addressee\": \"The board should\", \"text\": \"x\"}", "Ifan");
        assertThat(inspector.status()).isEqualTo(403);
        assertThat(lead.get(base).body().get("recommendations")).isEmpty();
    }
}
