package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.Slow;
import org.yjinspect.support.TestUsers;

/**
 * Walks every write route the running app has registered with generated bad bodies (seeded; the
 * seed is printed, and -Dyjinspect.badbodies.seed=N repeats a run), hostile path values and hostile
 * or missing credentials. Most requests carry the token of someone who leads the inspection and
 * sits on its panel, so that they get past the access gate to their body. Whatever is sent, the
 * answer is never a 5xx, an error is always JSON with "error", and no answer names an internal
 * class or quotes a library's message.
 */
@Slow
@ExtendWith(EmbeddedPostgresExtension.class)
class WriteRoutesRefuseBadBodiesTest {
    static final List<String> INTERNAL_NAMES = List.of("org.yjinspect", "com.fasterxml", "Jackson", "java.lang",
            "java.time", "java.util", "Exception", "[Source", "jakarta.", "org.eclipse", "io.javalin", "PSQL",
            "org.postgresql", "org.jdbi");
    private static final Pattern ACCEPTED_FIELDS = Pattern.compile("the accepted fields are ([A-Za-z0-9, ]+)");
    /** Authorization headers that name nobody (as typed; sent as UTF-8). */
    private static final List<String> HOSTILE_CREDENTIALS = List.of("Bearer not-a-token", "Bearer Siân Ó Briain",
            "Bearer ", "Bearer    ", "Bearer " + "x".repeat(200), "Bearer \u202Eadmin", "Bearer a\u00ADb",
            "Basic YW1pcmE6cGFzc3dvcmQ=", "bearer ' or '1'='1", "Bearer %00");
    private static Javalin web;
    private static String bearer;
    private static final Map<String, String> KNOWN = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start(Application app) throws Exception {
        web = app.web().start(0);
        SampledInspection s = SampledInspection.create(app, "2021", 81, 300, 4, 0);
        TestUsers.join(app, s.id(), "amira", Role.LEAD_INSPECTOR, Role.PANEL_MEMBER);
        TestUsers.join(app, s.id(), "ben", Role.INSPECTOR);
        bearer = TestUsers.bearer(app, "amira");
        // Another person's token, so that DELETE /api/tokens/{tokenId} never revokes amira's own.
        long otherToken = app.tokens().create(TestUsers.account(app, "ben").principal(), "ben's", 30, "127.0.0.1")
                .info().id();
        KNOWN.putAll(Map.of("inspectionId", String.valueOf(s.id()), "sampleCaseId",
                String.valueOf(s.first(CaseType.COURT_DISPOSAL).sampleCaseId()), "promptId", "2.1.desistance.a",
                "keyQuestionId", "2.1.desistance", "number", "1.1", "question", "1", "id", "1"));
        KNOWN.putAll(Map.of("tokenId", String.valueOf(otherToken), "username", "ben", "role", "INSPECTOR",
                "caseReference", s.first(CaseType.COURT_DISPOSAL).reference()));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void noWriteRouteAnswersABadRequestWithA5xxOrAnInternalName() throws Exception {
        long seed = Long.getLong("yjinspect.badbodies.seed", System.nanoTime());
        System.out.println("WriteRoutesRefuseBadBodiesTest seed " + seed + " (repeat with -Dyjinspect.badbodies.seed=" + seed + ")");
        SplittableRandom random = new SplittableRandom(seed);
        List<WriteRoutes.Route> routes = WriteRoutes.of(web);
        assertThat(routes).as("write routes found in the router").hasSizeGreaterThan(10);
        long withFields = routes.stream().filter(r -> {
            try {
                return !fieldsOf(r).isEmpty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(withFields).as("routes whose body's fields were learnt past the access gate").isGreaterThan(15);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        String previous = "";
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (WriteRoutes.Route route : routes) {
            List<String> fields = fieldsOf(route);
            List<BadBodies.Body> bodies = new ArrayList<>(BadBodies.fixed());
            bodies.addAll(BadBodies.perField(fields));
            bodies.addAll(BadBodies.mixed(fields, random, 40));
            for (BadBodies.Body body : bodies) {
                boolean hostilePath = random.nextInt(4) == 0;
                String path = WriteRoutes.fill(route, KNOWN, random, hostilePath);
                Answer answer = send(route.method(), path, body, credentials(random));
                statuses.merge(answer.status(), 1, Integer::sum);
                check(route, path, body, answer, failures);
                if (!failures.isEmpty() && failures.get(failures.size() - 1).contains("599")) {
                    failures.add("  previous: " + previous);
                }
                previous = route + " " + path + " " + body.label() + " " + body.contentType();
                sent++;
            }
        }
        System.out.println("WriteRoutesRefuseBadBodiesTest sent " + sent + " requests to " + routes.size() + " routes: "
                + routes + "; answers by status: " + statuses);
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    /** The fields a route's body takes, as its answer to an unknown field names them (none for a CSV route). */
    private List<String> fieldsOf(WriteRoutes.Route route) throws Exception {
        BadBodies.Body probe = new BadBodies.Body("probe", "{\"zzUnknownField\": 1}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        Answer answer = send(route.method(), WriteRoutes.fill(route, KNOWN, null, false), probe, bearer);
        Matcher m = ACCEPTED_FIELDS.matcher(answer.body());
        return m.find() ? List.of(m.group(1).split(",\\s*")) : List.of();
    }

    private static void check(WriteRoutes.Route route, String path, BadBodies.Body body, Answer answer,
                              List<String> failures) {
        String problem = null;
        if (answer.status() >= 500) {
            problem = "answered " + answer.status();
        } else if (answer.status() >= 400 && !isJsonError(answer.body())) {
            problem = "answered " + answer.status() + " without a JSON error";
        } else {
            problem = INTERNAL_NAMES.stream().filter(answer.body()::contains).findFirst()
                    .map(name -> "answer names \"" + name + "\"").orElse(null);
        }
        if (problem != null && failures.size() < 50) {
            failures.add(route + " as " + shorten(path) + " with " + body.label() + " (" + body.contentType() + "): "
                    + problem + ": " + shorten(answer.body()));
        }
    }

    static boolean isJsonError(String body) {
        try {
            JsonNode json = Json.mapper().readTree(body);
            return json != null && json.isObject() && json.path("error").isTextual()
                    && !json.path("error").asText().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    /** Mostly the lead's token, so that most requests get past the gate to their body; now and then none or a bad one. */
    private String credentials(SplittableRandom random) {
        if (random.nextInt(4) > 0) {
            return bearer;
        }
        int pick = random.nextInt(HOSTILE_CREDENTIALS.size() + 1);
        if (pick == HOSTILE_CREDENTIALS.size()) {
            return null;
        }
        // Header bytes go out one character to a byte: this sends the text as UTF-8, as curl does.
        return new String(HOSTILE_CREDENTIALS.get(pick).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    record Answer(int status, String body) {
    }

    private Answer send(String method, String path, BadBodies.Body body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            return new Answer(599, "no answer: the connection was closed (" + e.getMessage() + ")");
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
