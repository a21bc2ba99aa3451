package org.yjinspect.account.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.platform.json.Json;

/**
 * A test client that sends exactly the credentials it is given: a session cookie (with or without
 * its synchronizer token), a bearer token, or none. Nothing is added behind the test's back, so
 * an attack test can leave out or swap any one of them.
 */
final class AccountClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A browser's session: the cookie's value and the csrfToken its sign-in answered. */
    record Session(String cookie, String csrfToken) {
        /** The same cookie sent with another token (another session's, or a made-up one). */
        Session withToken(String token) {
            return new Session(cookie, token);
        }
    }

    record Answer(int status, String raw, JsonNode body, HttpResponse<String> response) {
        /** The value the answer sets the session cookie to, if it sets it. */
        Optional<String> sessionCookie() {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(SessionCookie.NAME + "=")).findFirst()
                    .map(c -> c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';')));
        }

        /** The session a sign-in answered: its cookie and its csrfToken. */
        Session session() {
            return new Session(sessionCookie().orElseThrow(), body.get("csrfToken").asText());
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

    /** A JSON body (or none) with a cookie and a bearer token as given, and no synchronizer token. */
    Answer send(String method, String path, String json, String cookie, String bearer) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", SessionCookie.NAME + "=" + cookie);
        }
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        return raw(method, path, json, json == null ? null : "application/json", headers);
    }

    /** A JSON body (or none) as a browser page of the application sends it: the cookie and its session's token. */
    Answer send(String method, String path, String json, Session session) throws Exception {
        return raw(method, path, json, json == null ? null : "application/json", headers(session));
    }

    /** The session's cookie and token as headers (the token left out when null). */
    static Map<String, String> headers(Session session) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", SessionCookie.NAME + "=" + session.cookie());
        if (session.csrfToken() != null) {
            headers.put(CsrfToken.HEADER, session.csrfToken());
        }
        return headers;
    }

    /** Any body with any Content-Type (null: no header) and exactly the headers given. */
    Answer raw(String method, String path, String body, String contentType, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.body().isBlank() ? null : Json.mapper().readTree(response.body()), response);
    }

    Answer signIn(String username, String password, String cookie) throws Exception {
        return send("POST", "/api/session", "{\"username\": " + Json.write(username) + ", \"password\": "
                + Json.write(password) + "}", cookie, null);
    }

    /** Signs in with no cookie held before, expecting success. */
    Session session(String username, String password) throws Exception {
        Answer signedIn = signIn(username, password, null);
        if (signedIn.status() != 200) {
            throw new AssertionError("sign-in as " + username + " answered " + signedIn.status() + ": " + signedIn.raw());
        }
        return signedIn.session();
    }

    Answer me(String cookie, String bearer) throws Exception {
        return send("GET", "/api/me", null, cookie, bearer);
    }
}
