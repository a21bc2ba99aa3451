package org.yjinspect.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import org.yjinspect.platform.json.Json;

/**
 * A small JSON client for API tests. Each request is made as a person the test names, with that
 * person's personal access token ({@link TestUsers}); {@link #get(String)} and a null name go as
 * the client's own person ({@link #as}), or with no credentials at all.
 */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Function<String, String> tokens;
    private final String self;

    /** A response: status, the raw body and the body read as JSON. */
    public record Answer(int status, String raw, JsonNode body) {
    }

    /** A client with no credentials (every request signed out). */
    public Http(String base) {
        this(base, name -> {
            throw new IllegalStateException("this client has no tokens; make it with ApiServer or a token function");
        }, null);
    }

    public Http(String base, Function<String, String> tokens) {
        this(base, tokens, null);
    }

    private Http(String base, Function<String, String> tokens, String self) {
        this.base = base;
        this.tokens = tokens;
        this.self = self;
    }

    /** The same client, acting as {@code name} by default. */
    public Http as(String name) {
        return new Http(base, tokens, name);
    }

    public String base() {
        return base;
    }

    public Answer get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    /** A JSON body sent as {@code actor} (null: as this client's own person). */
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
        String who = actor != null ? actor : self;
        if (who != null) {
            request.header("Authorization", "Bearer " + tokens.apply(who));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.body().isBlank() || response.body().startsWith("<") ? null : Json.mapper().readTree(response.body()));
    }
}
