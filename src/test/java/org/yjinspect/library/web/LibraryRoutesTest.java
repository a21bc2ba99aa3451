package org.yjinspect.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.export.ExportReading;
import org.yjinspect.library.LibraryHttp;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.TestUsers;

/** /api/library over HTTP: reads for anyone signed in, adding and removing for administrators, errors as JSON. */
@ExtendWith(EmbeddedPostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibraryRoutesTest {
    private static Javalin web;
    private static LibraryHttp http;
    private static final byte[] ANYTOWN = LibraryReportTexts.report("Anytown Youth Justice Service", "May 2023",
            "Requires improvement", 62).getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start(Application app) {
        app.accounts().create(CreateAccountCommand.of("ada", "Ada", TestUsers.PASSWORD.toCharArray(), true, "test"));
        TestUsers.account(app, "bob");
        web = app.web().start(0);
        http = new LibraryHttp("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return Json.mapper().readTree(answer.body());
    }

    @Test
    @Order(1)
    void anAdministratorAddsAReportAndAgainFindsItHeld() throws Exception {
        HttpResponse<String> added = http.send("POST", "/api/library?file=anytown.txt", ANYTOWN, "application/octet-stream", "ada");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode body = json(added);
        assertThat(body.get("outcome").asText()).isEqualTo("added");
        assertThat(body.at("/inspection/serviceKey").asText()).isEqualTo("anytown");
        assertThat(body.at("/inspection/source").asText()).isEqualTo("anytown.txt");
        assertThat(body.at("/inspection/standards/4/rating").asText()).isEqualTo("Requires improvement");
        assertThat(body.at("/inspection/standards/4/keyQuestions/1/keyQuestionId").asText()).isEqualTo("2.1.child-safety");
        assertThat(body.at("/inspection/standards/4/keyQuestions/1/percent").asInt()).isEqualTo(62);

        HttpResponse<String> again = http.send("POST", "/api/library", ANYTOWN, "application/octet-stream", "ada");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("outcome").asText()).isEqualTo("already_held");
    }

    @Test
    @Order(2)
    void otherFiguresAreShownAndReplacedOnlyWhenAsked() throws Exception {
        byte[] other = LibraryReportTexts.report("Anytown YJS", "May 2023", "Requires improvement", 64)
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> differs = http.send("POST", "/api/library", other, "application/octet-stream", "ada");
        assertThat(differs.statusCode()).isEqualTo(200);
        assertThat(json(differs).get("outcome").asText()).isEqualTo("differs");
        assertThat(json(differs).get("message").asText()).contains("?replace=true");
        assertThat(json(differs).get("differences").toString()).contains("62% -> 64%");
        assertThat(json(http.get("/api/library/1", "bob")).at("/standards/4/keyQuestions/1/percent").asInt())
                .isEqualTo(62);

        HttpResponse<String> replaced = http.send("POST", "/api/library?replace=true", other, "application/octet-stream", "ada");
        assertThat(replaced.statusCode()).isEqualTo(201);
        assertThat(json(replaced).get("outcome").asText()).isEqualTo("replaced");
        assertThat(json(http.get("/api/library/1", "bob")).at("/standards/4/keyQuestions/1/percent").asInt())
                .isEqualTo(64);
    }

    @Test
    @Order(3)
    void anyoneSignedInReadsTheListOneInspectionAndTheExports() throws Exception {
        HttpResponse<String> list = http.get("/api/library", "bob");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get(0).get("service").asText()).isEqualTo("Anytown YJS");
        assertThat(json(list).get(0).get("published").asText()).isEqualTo("2023-05");
        assertThat(http.get("/api/library", null).statusCode()).isEqualTo(401);

        HttpResponse<byte[]> csv = http.bytes("/api/library/export.csv", "bob");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<List<String>> rows = ExportReading.csv(csv.body());
        assertThat(rows.get(1).get(rows.get(0).indexOf("standard_2.1_rating"))).isEqualTo("Requires improvement");
        Map<String, List<List<String>>> sheets = ExportReading.xlsx(http.bytes("/api/library/export.xlsx", "bob").body());
        assertThat(sheets.get("Library")).hasSize(2);
    }

    @Test
    @Order(4)
    void badInputIsA4xxInJsonNamingTheProblem() throws Exception {
        HttpResponse<String> notAReport = http.send("POST", "/api/library?file=list.txt", "eggs\nmilk\n".getBytes(
                StandardCharsets.UTF_8), "application/octet-stream", "ada");
        assertThat(notAReport.statusCode()).isEqualTo(400);
        assertThat(json(notAReport).get("error").asText()).startsWith("list.txt: not an HMIP youth inspection report");
        HttpResponse<String> plain = http.send("POST", "/api/library", ANYTOWN, "text/plain", "ada");
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(json(plain).get("error").asText()).contains("Content-Type: application/pdf");
        HttpResponse<String> empty = http.send("POST", "/api/library", new byte[0], "application/octet-stream", "ada");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).contains("the report is empty");
        HttpResponse<String> absent = http.get("/api/library/99", "bob");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(json(absent).get("error").asText()).contains("there is no inspection 99 in the library");
        assertThat(http.get("/api/library/x", "bob").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void onlyAnAdministratorAddsOrRemoves() throws Exception {
        HttpResponse<String> refused = http.send("POST", "/api/library", ANYTOWN, "application/octet-stream", "bob");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).contains("only administrators add reports to the library");
        assertThat(http.send("DELETE", "/api/library/1", null, null, "bob").statusCode()).isEqualTo(403);

        assertThat(http.send("DELETE", "/api/library/1", null, null, "ada").statusCode()).isEqualTo(204);
        assertThat(http.get("/api/library/1", "bob").statusCode()).isEqualTo(404);
        assertThat(http.send("DELETE", "/api/library/1", null, null, "ada").statusCode()).isEqualTo(404);
    }
}
