package org.yjinspect.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.yjinspect.account.domain.SessionSettings;

/** The cookie's attributes, with and without the Secure setting (YJINSPECT_SECURE_COOKIES). */
class SessionCookieTest {
    private static String setCookie(boolean secure) throws Exception {
        SessionCookie cookie = new SessionCookie(SessionSettings.defaults(secure));
        Javalin web = Javalin.create(config -> config.routes.get("/", ctx -> cookie.set(ctx, "t".repeat(43))))
                .start(0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + web.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            web.stop();
        }
    }

    @Test
    void theCookieIsHttpOnlyLaxAndSecureOnlyWhenTheSettingSaysTheServerIsReachedOverTls() throws Exception {
        assertThat(setCookie(false)).isEqualTo(SessionCookie.NAME + "=" + "t".repeat(43)
                + "; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax");
        assertThat(setCookie(true)).endsWith("; HttpOnly; SameSite=Lax; Secure");
    }
}
