package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.support.TestUsers;

/**
 * A browser without JavaScript, over plain HTTP: signed in with the session cookie, sending forms
 * with the session's token (or, to show the gate refuses it, without), never following redirects.
 */
final class PageClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final String cookie;
    private final String csrf;

    private PageClient(String base, String cookie, String csrf) {
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    static PageClient signIn(String base, String username) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + username + "\", \"password\": \"" + TestUsers.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = answer.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).as(answer.body()).isTrue();
        return new PageClient(base, set.substring(0, set.indexOf(';')), token.group(1));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The form as a browser sends it: fields in order (a name may repeat: "case", "A", "case", "B"), with the token. */
    HttpResponse<String> post(String path, String... fields) throws Exception {
        return send(path, true, fields);
    }

    HttpResponse<String> postWithoutToken(String path, String... fields) throws Exception {
        return send(path, false, fields);
    }

    private HttpResponse<String> send(String path, boolean withToken, String... fields) throws Exception {
        StringBuilder body = new StringBuilder(withToken ? "csrf=" + enc(csrf) : "");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
