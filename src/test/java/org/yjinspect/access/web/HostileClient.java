package org.yjinspect.access.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yjinspect.platform.json.Json;

/**
 * The API client of {@link HostileTextTest}: like support/Http, but its answers keep their
 * headers, because what makes hostile text harmless in a browser is how it is labelled
 * (Content-Type, nosniff, Content-Security-Policy) as much as what it says.
 */
final class HostileClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Function<String, String> tokens;

    /** One answer: status, headers and body, the body read as JSON when it is JSON. */
    record Answer(int status, String contentType, String nosniff, String policy, String raw, JsonNode body) {
        /** The error's words, or "" when the answer has none. */
        String error() {
            return body != null && body.hasNonNull("error") ? body.get("error").asText() : "";
        }

        /** Every text value anywhere in the body. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            collect(body, texts);
            return texts;
        }

        private static void collect(JsonNode node, List<String> texts) {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                texts.add(node.textValue());
            }
            node.forEach(child -> collect(child, texts));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (raw.length() > 300 ? raw.substring(0, 300) + "..." : raw);
        }
    }

    HostileClient(String base, Function<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    Answer get(String path, String who) throws Exception {
        return send("GET", path, null, null, who);
    }

    Answer json(String method, String path, JsonNode body, String who) throws Exception {
        return send(method, path, body == null ? null : Json.mapper().writeValueAsString(body), "application/json", who);
    }

    /** A raw body of the given type; {@code who} null sends no credentials. */
    Answer send(String method, String path, String body, String contentType, String who) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (who != null) {
            request.header("Authorization", "Bearer " + tokens.apply(who));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (type.startsWith("application/json") && !response.body().isBlank()) {
            json = Json.mapper().readTree(response.body());
        }
        return new Answer(response.statusCode(), type, response.headers().firstValue("X-Content-Type-Options").orElse(""),
                response.headers().firstValue("Content-Security-Policy").orElse(""), response.body(), json);
    }
}
