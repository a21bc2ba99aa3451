package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;

/**
 * Each route takes bodies of its own size and type: 1 MB of JSON on the JSON routes, 64 MB of
 * text/csv on the caseload upload, refused (413, 415, 411) before the body is read. One upload at
 * a time: {@link UploadGateTest}. The size is checked before who is asking: someone signed out
 * cannot make the server read a large body either.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class BodyLimitsTest {
    private static Javalin web;
    private static RawHttp raw;
    private static String caseload;
    private static byte[] lead;

    @BeforeAll
    static void start(Application app) {
        web = app.web().start(0);
        raw = new RawHttp(web.port());
        long inspection = Fixtures.createInspection(app, "2021").id();
        caseload = "/api/inspections/" + inspection + "/caseload";
        TestUsers.join(app, inspection, "amira", Role.LEAD_INSPECTOR);
        lead = RawHttp.utf8(TestUsers.bearer(app, "amira"));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aCaseloadLargerThanAJsonBodyIsReadButNotLargerThan64Mb() throws Exception {
        byte[] twoMegabytes = RawHttp.utf8("not,a,caseload\n" + "x,y,z\n".repeat(350_000));
        RawHttp.Answer read = raw.send("PUT", caseload, csv("text/csv"), twoMegabytes);
        assertThat(read.status()).as(read.body()).isEqualTo(400);
        assertThat(error(read)).doesNotContain("larger than");
        Map<String, byte[]> twoMegabytesOfJson = csv("application/json");
        twoMegabytesOfJson.put("Content-Length", RawHttp.utf8(String.valueOf(twoMegabytes.length)));
        twoMegabytesOfJson.put("Expect", RawHttp.utf8("100-continue"));
        RawHttp.Answer json = raw.send("PUT", "/api/inspections/1/assessments/1/judgement", twoMegabytesOfJson, null);
        assertThat(json.status()).isEqualTo(413);
        assertThat(error(json)).contains("larger than 1024 KB");
        Map<String, byte[]> announced = csv("text/csv");
        announced.put("Content-Length", RawHttp.utf8(String.valueOf(BodyLimits.LARGEST_CASELOAD + 1)));
        announced.put("Expect", RawHttp.utf8("100-continue"));
        RawHttp.Answer tooLarge = raw.send("PUT", caseload, announced, null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(error(tooLarge)).contains("the caseload is larger than 64 MB");
        announced.remove("Authorization");
        RawHttp.Answer signedOut = raw.send("PUT", caseload, announced, null);
        assertThat(signedOut.status()).as(signedOut.body()).isEqualTo(413);
        assertThat(error(signedOut)).contains("the caseload is larger than 64 MB");
        Map<String, byte[]> small = csv("text/csv");
        small.remove("Authorization");
        RawHttp.Answer notRead = raw.send("PUT", caseload, small, RawHttp.utf8(Fixtures.csv(Fixtures.caseload(85, 5))));
        assertThat(notRead.status()).as("a caseload of the right size, signed out").isEqualTo(401);
    }

    @Test
    void everyRouteButTheCaseloadUploadRefusesMoreThan1MbUnreadWhoeverAsks() throws Exception {
        int walked = 0;
        for (AccessGate.RouteAccess route : AccessGate.everyRoute(web)) {
            String path = AllRoutes.path(route, Map.of("inspectionId", caseload.split("/")[3]));
            // The caseload uploads: the API's PUT and the caseload page's form (POST, multipart).
            boolean upload = (route.method().equals("PUT") || route.method().equals("POST") && !route.api())
                    && route.path().endsWith("/caseload");
            // The whole-inspection import has its own limit (docs/transfer.md; TransferApiTest).
            boolean inspectionImport = route.method().equals("POST") && route.path().equals("/api/inspections/import");
            // A published report added to the library (docs/library.md): its own limit too.
            boolean report = route.method().equals("POST") && (route.path().equals("/library")
                    || route.path().equals("/api/library"));
            long tooLarge = (upload ? BodyLimits.LARGEST_CASELOAD : inspectionImport
                    ? BodyLimits.LARGEST_INSPECTION_IMPORT : report ? BodyLimits.LARGEST_REPORT : Requests.LARGEST_BODY) + 1;
            for (boolean signedIn : new boolean[] {false, true}) {
                Map<String, byte[]> announced = csv(upload ? "text/csv" : "application/json");
                if (!signedIn) {
                    announced.remove("Authorization");
                }
                announced.put("Content-Length", RawHttp.utf8(String.valueOf(tooLarge)));
                announced.put("Expect", RawHttp.utf8("100-continue"));
                RawHttp.Answer answer = raw.send(route.method(), path, announced, null);
                assertThat(answer.status()).as(route + (signedIn ? " signed in" : " signed out")).isEqualTo(413);
                if (route.api()) {
                    assertThat(error(answer)).contains(upload ? "larger than 64 MB" : inspectionImport || report
                            ? "larger than 32 MB" : "larger than 1024 KB");
                } else {
                    // A page says it in a page of the service's own (the same words).
                    assertThat(answer.body()).contains(upload ? "larger than 64 MB" : report ? "larger than 32 MB"
                            : "larger than 1024 KB");
                }
            }
            walked++;
        }
        assertThat(walked).as("routes walked").isGreaterThan(30);
    }

    @Test
    void aJsonBodyOfUnknownLengthIsRefusedUnreadButACaseloadMayBeChunked() throws Exception {
        Map<String, byte[]> chunked = csv("application/json");
        chunked.put("Transfer-Encoding", RawHttp.utf8("chunked"));
        RawHttp.Answer json = raw.send("POST", "/api/inspections", chunked, null);
        assertThat(json.status()).as(json.body()).isEqualTo(411);
        assertThat(error(json)).contains("a JSON body must be sent with its Content-Length (at most 1024 KB)");
        chunked.remove("Authorization");
        RawHttp.Answer signedOut = raw.send("POST", "/api/inspections", chunked, null);
        assertThat(signedOut.status()).as(signedOut.body()).isEqualTo(411);
        try (Socket socket = new Socket("localhost", web.port())) {
            socket.setSoTimeout(20_000);
            byte[] body = RawHttp.utf8(Fixtures.csv(Fixtures.caseload(88, 20)));
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + caseload + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nAuthorization: "
                    + new String(lead, StandardCharsets.US_ASCII) + "\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(body.length) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aCaseloadIsTakenOnlyAsUtf8Csv() throws Exception {
        byte[] body = RawHttp.utf8(Fixtures.csv(Fixtures.caseload(84, 20)));
        for (String type : new String[] {"application/json", "text/plain", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded"}) {
            RawHttp.Answer answer = raw.send("PUT", caseload, csv(type), body);
            assertThat(answer.status()).as(type).isEqualTo(415);
            assertThat(error(answer)).contains("Content-Type: text/csv (got " + type + ")");
        }
        Map<String, byte[]> none = csv("text/csv");
        none.remove("Content-Type");
        assertThat(error(raw.send("PUT", caseload, none, body))).contains("text/csv (got none)");
        RawHttp.Answer latin1 = raw.send("PUT", caseload, csv("text/csv; charset=ISO-8859-1"), body);
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(error(latin1)).contains("read as UTF-8");
        assertThat(raw.send("PUT", caseload, csv("text/csv; charset=utf-8"), body).status()).isEqualTo(200);
        assertThat(raw.send("POST", "/api/inspections", csv("text/csv"), RawHttp.utf8("{}")).status())
                .isEqualTo(415);
    }

    private static Map<String, byte[]> csv(String type) {
        Map<String, byte[]> headers = new HashMap<>();
        headers.put("Content-Type", RawHttp.utf8(type));
        headers.put("Authorization", lead);
        return headers;
    }

    private static String error(RawHttp.Answer answer) throws Exception {
        JsonNode body = Json.mapper().readTree(answer.body());
        return body.get("error").asText();
    }
}
