package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Cross-site content types: an HTML form on another site (or a script's "simple" request) can
 * POST without the browser asking the server first only with Content-Type text/plain,
 * application/x-www-form-urlencoded or multipart/form-data. Every POST and PUT route of the API
 * refuses all three (415, a JSON error naming the type expected), with any body or none, before
 * doing anything, and the database is unchanged. The requests carry a lead inspector's (and
 * panel member's) bearer token, so the access gate lets them through and only the type refuses
 * them. DELETE is left out: no page on another site can send it without the server agreeing first.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class CrossSiteContentTypeTest {
    private static final String BOUNDARY = "----formboundary7MA4YWxk";
    private static final List<String> CROSS_SITE_TYPES = List.of("text/plain", "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=" + BOUNDARY);
    private static Application app;
    private static Javalin web;
    private static AccountClient http;
    private static String bearer;
    private static Map<String, String> known;
    private static long notYetSampled;

    @BeforeAll
    static void start(TestDatabase db) {
        app = Application.open(db.config());
        web = app.web().start(0);
        http = new AccountClient(web.port());
        SampledInspection s = SampledInspection.create(app, "2021", 41, 300, 3, 0);
        TestUsers.join(app, s.id(), "tomos", Role.LEAD_INSPECTOR, Role.PANEL_MEMBER);
        Inspection waiting = Fixtures.createInspection(app, "2021");
        Fixtures.importCsv(app, waiting.id(), Fixtures.csv(Fixtures.caseload(42, 300)), false);
        notYetSampled = waiting.id();
        TestUsers.join(app, notYetSampled, "tomos", Role.LEAD_INSPECTOR);
        bearer = TestUsers.token(app, "tomos");
        // Tomos reads the case a second time too, and both readings are in, so the second reader's routes let him in.
        org.yjinspect.secondreading.SecondReadingWrites.readTwice(app, s.id(), s.first(CaseType.COURT_DISPOSAL), "tomos");
        known = Map.of("inspectionId", String.valueOf(s.id()), "sampleCaseId",
                String.valueOf(s.first(CaseType.COURT_DISPOSAL).sampleCaseId()), "promptId", "2.1.desistance.a",
                "keyQuestionId", "2.1.desistance", "number", "1.1", "question", "1", "id", "1");
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** The bodies a forged form would send: JSON typed as the form's type, the form's own encoding, and nothing. */
    private static List<String> bodies(String contentType) {
        String json = "{\"name\": \"forged\", \"expiresInDays\": 30, \"seed\": 7, \"answer\": \"yes\", \"baseRevision\": 0}";
        if (contentType.startsWith("multipart/")) {
            return List.of("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + json.replace("\"", "'")
                    + "\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n", "");
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return List.of("name=forged&expiresInDays=30&answer=yes&baseRevision=0", json + "=", "");
        }
        return List.of(json, "");
    }

    private static String fill(String path) {
        String filled = path;
        for (Map.Entry<String, String> value : known.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertThat(filled).as("every path parameter of " + path + " has a value").doesNotContain("{");
        return filled;
    }

    @Test
    void noPostOrPutRouteTakesABodyOfATypeAnotherSitesFormCanSend() throws Exception {
        List<AccessGate.RouteAccess> writes = AccessGate.everyRoute(web).stream().filter(AccessGate.RouteAccess::api)
                .filter(r -> r.method().equals("POST") || r.method().equals("PUT")).toList();
        assertThat(writes).as("POST and PUT routes found in the router").hasSizeGreaterThan(20)
                .anyMatch(r -> r.path().equals("/api/tokens")).anyMatch(r -> r.path().equals("/api/inspections"));
        Map<String, String> before = DatabaseFingerprint.of(app.database().jdbi());
        List<String> accepted = new ArrayList<>();
        int sent = 0;
        for (AccessGate.RouteAccess route : writes) {
            for (String type : CROSS_SITE_TYPES) {
                for (String body : bodies(type)) {
                    AccountClient.Answer answer = http.raw(route.method(), fill(route.path()), body, type,
                            Map.of("Authorization", "Bearer " + bearer));
                    sent++;
                    boolean refusedForItsType = answer.status() == 415 && answer.body() != null
                            && answer.body().has("error") && answer.error().contains("Content-Type");
                    if (!refusedForItsType) {
                        accepted.add(route.method() + " " + route.path() + " with " + type + " and "
                                + (body.isEmpty() ? "no body" : "a body") + ": " + answer.status() + " " + answer.raw());
                    }
                }
            }
        }
        assertThat(accepted).as(sent + " forged requests to " + writes.size() + " routes").isEmpty();
        assertThat(DatabaseFingerprint.of(app.database().jdbi())).as("nothing changed").isEqualTo(before);
    }

    @Test
    void anEmptyFormPostDoesNotDrawASampleThoughAnEmptyApiPostDoes() throws Exception {
        String sample = "/api/inspections/" + notYetSampled + "/sample";
        Map<String, String> asLead = Map.of("Authorization", "Bearer " + bearer);
        for (String type : CROSS_SITE_TYPES) {
            AccountClient.Answer forged = http.raw("POST", sample, "", type, asLead);
            assertThat(forged.status()).as(type + ": " + forged.raw()).isEqualTo(415);
            assertThat(forged.error()).contains("Content-Type: application/json");
        }
        assertThat(http.raw("GET", sample, null, null, asLead).status()).as("no sample drawn").isEqualTo(404);
        AccountClient.Answer drawn = http.raw("POST", sample, "", null, asLead);
        assertThat(drawn.status()).as("an API client's empty post takes every default: " + drawn.raw()).isEqualTo(201);
    }
}
