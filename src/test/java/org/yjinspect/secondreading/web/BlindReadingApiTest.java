package org.yjinspect.secondreading.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.secondreading.SecondReadingSetUp;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;

/**
 * The blind rule through the API: before both readings of a case are submitted, nobody but the
 * second reader sees the second reading (not the lead, not the panel, not the first reader), and the
 * second reader sees neither the first reading nor the audit trail that names it; once both are
 * submitted, the two readers, the lead and the panel see both side by side, and a local assessor who
 * reads neither does not.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class BlindReadingApiTest {
    private static final List<String> NOT_THE_SECOND_READER = List.of("Lowri", "Ceri", "Pat");

    @Test
    void neitherReaderNorTheLeadSeesTheOtherReadingUntilBothAreSubmittedThenTheyDo(Application app) throws Exception {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 43);
        AssessedCase c = s.court(0);
        try (ApiServer server = ApiServer.start(app)) {
            Http http = server.http();
            String base = "/api/inspections/" + s.id() + "/second-reading";
            String answers = base + "/cases/" + c.sampleCaseId() + "/answers";
            assertThat(http.send("POST", base + "/cases", "{\"caseReferences\": [\"" + c.reference() + "\"]}", "Lowri")
                    .status()).isEqualTo(201);
            assertThat(http.send("POST", base + "/allocations", "{\"caseReference\": \"" + c.reference()
                    + "\", \"secondReader\": \"ceri\"}", "Lowri").body().path("error").asText())
                    .contains("ceri read case " + c.reference() + " first");
            assertThat(http.send("POST", base + "/allocations", "{\"caseReference\": \"" + c.reference()
                    + "\", \"secondReader\": \"dafydd\"}", "Lowri").status()).isEqualTo(200);
            int revision = s.answerSecond(c, kq -> "no");
            s.firstReading(c, "yes");

            for (String person : NOT_THE_SECOND_READER) {
                assertThat(http.as(person).get(answers).status()).as(person).isEqualTo(403);
                assertThat(http.as(person).get(base + "/readings").body()).as(person).isEmpty();
                assertThat(http.as(person).get(base + "/disagreements").body()).as(person).isEmpty();
            }
            assertThat(http.as("Dafydd").get(answers).body().path("revision").asInt()).isEqualTo(revision);
            assertThat(http.as("Dafydd").get("/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId())
                    .body().path("error").asText()).contains("its first reading stays hidden from you");
            assertThat(http.as("Dafydd").get("/api/inspections/" + s.id() + "/audit").status()).isEqualTo(403);
            assertThat(http.as("Lowri").get("/api/inspections/" + s.id() + "/audit").raw())
                    .doesNotContain("second_reading_answer");

            assertThat(http.send("POST", answers.replace("/answers", "/submit"), "{\"baseRevision\": " + revision + "}",
                    "Dafydd").status()).isEqualTo(200);
            for (String person : List.of("Lowri", "Ceri", "Pat", "Dafydd")) {
                JsonNode readings = http.as(person).get(base + "/readings").body();
                assertThat(readings).as(person).hasSize(1);
                assertThat(readings.get(0).path("first").path("keyQuestions").toString()).as(person).contains("yes");
                assertThat(readings.get(0).path("second").path("keyQuestions").toString()).as(person).contains("no");
            }
            assertThat(http.as("Sioned").get(base + "/readings").body()).isEmpty();
            assertThat(http.as("Dafydd").get("/api/inspections/" + s.id() + "/assessments/" + c.sampleCaseId())
                    .status()).isEqualTo(200);
            assertThat(http.as("Lowri").get(base + "/agreement").body().path("cases").asInt()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheLeadSettlesAndASettlementNeedsItsReason(Application app) throws Exception {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 47);
        AssessedCase c = s.court(0);
        s.chooseForDafydd(c);
        s.secondReading(c, kq -> kq.equals("2.1.desistance") ? "no" : "yes");
        s.firstReading(c, "yes");
        try (ApiServer server = ApiServer.start(app)) {
            Http http = server.http();
            String settle = "/api/inspections/" + s.id() + "/second-reading/cases/" + c.sampleCaseId() + "/settlements";
            String body = "{\"level\": \"key_question\", \"itemId\": \"2.1.desistance\", \"agreedAnswer\": \"no\","
                    + " \"reason\": %s}";
            assertThat(http.send("POST", settle, body.formatted("\"agreed\""), "Ceri").status()).isEqualTo(403);
            assertThat(http.send("POST", settle, body.formatted("\"\""), "Lowri").status()).isEqualTo(400);
            Http.Answer settled = http.send("POST", settle, body.formatted("\"the plan had no review date\""), "Lowri");
            assertThat(settled.status()).isEqualTo(201);
            assertThat(settled.body().path("agreedAnswer").asText()).isEqualTo("NO");
            assertThat(http.as("Lowri").get("/api/inspections/" + s.id() + "/second-reading/effect").body()
                    .path("standards").get(0).path("sentences").toString()).contains("on the second readings 2.1");
        }
    }
}
