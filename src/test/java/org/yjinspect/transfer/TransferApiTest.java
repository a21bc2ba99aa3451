package org.yjinspect.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.web.BodyLimits;
import org.yjinspect.support.ApiServer;
import org.yjinspect.support.Http;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Over HTTP: the lead downloads the whole inspection as an attachment; anyone signed in imports
 * it as a new inspection they lead (201 with its location); a bad file is a 400 in JSON naming the
 * place in the file; a body over the limit is refused unread (413); others may not download it.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class TransferApiTest {
    private static Application app;
    private static ApiServer server;
    private static Http http;
    private static SampledInspection source;

    @BeforeAll
    static void start(Application opened) {
        app = opened;
        server = ApiServer.start(app);
        http = server.http();
        source = TransferScene.build(app, "2021", 91, new SplittableRandom(91));
        TestUsers.join(app, source.id(), "api lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, source.id(), "api panel", Role.PANEL_MEMBER);
        TestUsers.account(app, "api importer");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theLeadDownloadsItAndAnotherServerUserImportsItAsTheirOwn() throws Exception {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        http.base() + "/api/inspections/" + source.id() + "/exports/inspection.json"))
                .header("Authorization", TestUsers.bearer(app, "api lead")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"inspection-" + source.id() + ".json\"");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");

        Http.Answer imported = http.send("POST", "/api/inspections/import?file=laptop.json",
                new String(download.body(), StandardCharsets.UTF_8), "api importer");
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        long id = imported.body().get("inspectionId").asLong();
        assertThat(imported.body().get("location").asText()).isEqualTo("/api/inspections/" + id);
        assertThat(imported.body().get("sourceInspectionId").asLong()).isEqualTo(source.id());
        assertThat(imported.body().get("records").get("caseload").asInt()).isEqualTo(300);
        assertThat(http.send("GET", "/api/inspections/" + id + "/team", null, "api importer").raw())
                .contains("\"username\":\"api-importer\",\"role\":\"lead_inspector\"");
        Http.Answer ratings = http.send("GET", "/api/inspections/" + id + "/ratings", null, "api importer");
        assertThat(ratings.body().get("standards"))
                .isEqualTo(http.send("GET", "/api/inspections/" + source.id() + "/ratings", null, "api lead").body()
                        .get("standards"));
        Http.Answer trail = http.send("GET", "/api/inspections/" + id + "/audit?limit=1000", null, "api importer");
        assertThat(trail.raw()).contains("file laptop.json (inspection " + source.id());
    }

    @Test
    void aBadFileIsA400InJsonNamingThePlace() throws Exception {
        String file = new String(Transfers.export(app, source.id()), StandardCharsets.UTF_8)
                .replaceFirst("\"gender\" : \"[A-Z_]+\"", "\"gender\" : 7");
        Http.Answer refused = http.send("POST", "/api/inspections/import", file, "api importer");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).startsWith("upload to the API: caseload[0].gender: 7 is not one of")
                .contains("Nothing was imported");
        Http.Answer hostileName = http.send("POST", "/api/inspections/import?file=mock%E2%80%AEnosj.exe",
                new String(Transfers.export(app, source.id()), StandardCharsets.UTF_8), "api importer");
        assertThat(hostileName.status()).isEqualTo(400);
        assertThat(hostileName.body().get("error").asText()).startsWith("the file's name \"")
                .contains("changes the reading direction");
        Http.Answer notJson = http.send("POST", "/api/inspections/import", "{\"format\": ", "api importer");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("error").asText()).contains("ends before the JSON is complete");
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        String answer = announce(BodyLimits.LARGEST_INSPECTION_IMPORT + 1);
        assertThat(answer).startsWith("HTTP/1.1 413");
        JsonNode body = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.get("error").asText()).contains("the inspection is larger than 32 MB");
    }

    @Test
    void onlyTheLeadMayDownloadIt() throws Exception {
        String path = "/api/inspections/" + source.id() + "/exports/inspection.json";
        assertThat(http.send("GET", path, null, "api panel").status()).isEqualTo(403);
        assertThat(http.send("GET", path, null, "api importer").status()).isEqualTo(404);
        assertThat(new Http(http.base()).get(path).status()).isEqualTo(401);
        assertThat(new Http(http.base()).send("POST", "/api/inspections/import", "{}", null).status()).isEqualTo(401);
    }

    /** A request that announces a body of {@code length} bytes and sends none, as a raw socket sees the answer. */
    private static String announce(long length) throws Exception {
        URI base = URI.create(http.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/inspections/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + TestUsers.bearer(app, "api importer") + "\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
