package org.yjinspect.access.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends one matrix cell's request and judges its answer. Every write carries a body the route
 * refuses after it has been let in (an unknown JSON field, a CSV with an unknown column), so
 * an allowed write changes nothing and answers 400 (423 on a published inspection).
 */
final class MatrixClient {
    private static final String PROBE_JSON = "{\"matrixProbe\": true}";
    private static final Map<String, String> PATH_VALUES = Map.ofEntries(Map.entry("{tokenId}", "987654"),
            Map.entry("{username}", "lead"), Map.entry("{role}", "NOT-A-ROLE"), Map.entry("{caseReference}", "NO-SUCH-CASE"),
            Map.entry("{promptId}", "x.y"), Map.entry("{keyQuestionId}", "x.y"), Map.entry("{number}", "1.1"),
            Map.entry("{question}", "1"), Map.entry("{id}", "987654"), Map.entry("{file}", "yjinspect.css"),
            Map.entry("{publishedId}", "plymouth-2022"),
            Map.entry("{libraryId}", "1"), Map.entry("{serviceKey}", "torbay"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Function<String, String> tokens;

    record Reply(int status, String body) {
    }

    MatrixClient(String base, Function<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    static String hiddenInspection(long inspectionId) {
        return "{\"error\": \"there is no inspection " + inspectionId + "\"}";
    }

    static String hiddenCase(long inspectionId, long sampleCaseId) {
        return "{\"error\": \"there is no sampled case " + sampleCaseId + " in inspection " + inspectionId + "\"}";
    }

    /**
     * Checks one cell; a wrong answer is added to {@code wrong}. {@code expected}: A let in, F 403,
     * H 404 as absent, U 401. Returns 1 (one request checked).
     */
    int check(MatrixRow row, String person, RouteAccessMatrixTest.Inspection inspection, Long sampleCaseId,
              char expected, List<String> wrong) throws Exception {
        String path = row.path();
        if (inspection != null) {
            path = path.replace("{inspectionId}", String.valueOf(inspection.id()))
                    .replace("{sampleCaseId}", String.valueOf(sampleCaseId));
        }
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        Reply reply = send(row.method(), path, person, row.reads() ? null : body(row));
        String problem = judge(row, inspection, sampleCaseId, expected, reply);
        if (problem != null) {
            wrong.add(row.method() + " " + path + " as " + person + ": expected " + expected + ", " + problem
                    + " (got " + reply.status() + " " + reply.body() + ")");
        }
        return 1;
    }

    private static String judge(MatrixRow row, RouteAccessMatrixTest.Inspection inspection, Long sampleCaseId,
                                char expected, Reply reply) {
        if (page(row) && (expected == 'F' || expected == 'H')) {
            return judgePage(row, inspection, sampleCaseId, expected, reply);
        }
        return switch (expected) {
            case 'U' -> reply.status() == 401 || page(row) && reply.status() == 303 ? null
                    : "not 401 (or, for a page, the way to sign in)";
            case 'F' -> reply.status() == 403 && (reply.body().startsWith("{\"error\": \"Access by role in the inspection: ")
                    || row.administrators() && reply.body().startsWith("{\"error\": \"only administrators ")
                    || page(row) && reply.body().contains("Access by role in the inspection: "))
                    ? null : "not 403 with the access rule";
            case 'H' -> reply.status() == 404 && (reply.body().equals(hiddenInspection(inspection.id()))
                    || row.caseLevel() && reply.body().equals(hiddenCase(inspection.id(), sampleCaseId))
                    || page(row) && reply.body().contains("There is no inspection " + inspection.id() + "."))
                    ? null : "not 404 as absent";
            default -> letIn(row, reply);
        };
    }

    /** A page refuses in the service's style, in the same words as the API (as a sentence). */
    private static String judgePage(MatrixRow row, RouteAccessMatrixTest.Inspection inspection, Long sampleCaseId,
                                    char expected, Reply reply) {
        if (expected == 'F') {
            boolean words = row.administrators() ? reply.body().contains("Only administrators manage accounts")
                    || row.path().startsWith("/library") && reply.body().contains("Only administrators add reports")
                    : reply.body().contains("Access by role in the inspection: ");
            return reply.status() == 403 && reply.body().contains("You cannot do this") && words ? null
                    : "not the 403 page with the access rule";
        }
        boolean absent = reply.body().contains("There is no inspection " + inspection.id() + ".")
                || row.caseLevel() && reply.body().contains("There is no sampled case " + sampleCaseId
                + " in inspection " + inspection.id() + ".");
        return reply.status() == 404 && absent ? null : "not the 404 page as absent";
    }

    /** What a route answers once let in: a read 200; a write 400 for the probe body, or 423 when published. */
    private static String letIn(MatrixRow row, Reply reply) {
        if (row.reads()) {
            return reply.status() == 200 ? null : "not 200";
        }
        boolean refusedBody = reply.status() == 400 || reply.status() == 423;
        boolean absentRecord = reply.status() == 404 && (reply.body().contains("987654")
                || reply.body().contains("NO-SUCH-CASE"));
        boolean noBody = row.method().equals("DELETE") && (reply.status() == 204 || reply.status() == 200);
        boolean pageDone = page(row) && reply.status() == 303;
        return refusedBody || absentRecord || noBody || pageDone ? null : "not let in";
    }

    /** A page of the browser application (it answers a refused sign-in by sending the browser to sign in). */
    private static boolean page(MatrixRow row) {
        return !row.path().startsWith("/api/");
    }

    private static String body(MatrixRow row) {
        return row.path().endsWith("/caseload") ? "matrix probe\n" : PROBE_JSON;
    }

    Reply send(String method, String path, String person, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.endsWith("/caseload") ? "text/csv" : "application/json");
        }
        if (person != null) {
            request.header("Authorization", "Bearer " + tokens.apply(person));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
