package org.yjinspect.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.yjinspect.platform.json.Json;

/** A small JSON client for API tests: every request may name the actor (X-Actor). */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A response: status, the raw body and the body read as JSON. */
    public record Answer(int status, String raw, JsonNode body) {
    }

    public Http(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Answer get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    public Answer send(String method, String path, String json, String actor) throws Exception {
        return send(method, path, json, "application/json", actor);
    }

    /** A CSV body (a caseload) sent as text/csv. */
    public Answer sendCsv(String method, String path, String csv, String actor) throws Exception {
        return send(method, path, csv, "text/csv", actor);
    }

    private Answer send(String method, String path, String json, String contentType, String actor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", contentType);
        }
        if (actor != null) {
            request.header("X-Actor", actor);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.body().isBlank() ? null : Json.mapper().readTree(response.body()));
    }
}
