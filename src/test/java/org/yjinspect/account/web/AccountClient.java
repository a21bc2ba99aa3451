package org.yjinspect.account.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.yjinspect.platform.json.Json;

/** A test client that sends exactly the credentials it is given: a session cookie, a bearer token, or none. */
final class AccountClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    record Answer(int status, String raw, JsonNode body, HttpResponse<String> response) {
        /** The value the answer sets the session cookie to, if it sets it. */
        Optional<String> sessionCookie() {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(SessionCookie.NAME + "=")).findFirst()
                    .map(c -> c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';')));
        }

        String setCookieHeader() {
            return response.headers().firstValue("Set-Cookie").orElse("");
        }

        String error() {
            return body.get("error").asText();
        }
    }

    AccountClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer send(String method, String path, String json, String cookie, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + cookie);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.body().isBlank() ? null : Json.mapper().readTree(response.body()), response);
    }

    Answer signIn(String username, String password, String cookie) throws Exception {
        return send("POST", "/api/session", "{\"username\": " + Json.write(username) + ", \"password\": "
                + Json.write(password) + "}", cookie, null);
    }

    Answer me(String cookie, String bearer) throws Exception {
        return send("GET", "/api/me", null, cookie, bearer);
    }
}
