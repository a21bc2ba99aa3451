package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Every answer the server gives, whoever writes it (a route's success, its refusal, the access
 * gate's 401, 403 and 404 on every route, the router's 404 and 405, the size check, the web
 * server's own refusal of a malformed request), carries the security headers and no-store
 * caching; Strict-Transport-Security only over TLS.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecurityHeadersTest {
    private static Map<String, byte[]> json;
    private static Map<String, byte[]> amira;
    private static Javalin web;
    private static RawHttp raw;
    private static long inspection;

    @BeforeAll
    static void start(Application app) {
        web = app.web().start(0);
        raw = new RawHttp(web.port());
        inspection = SampledInspection.create(app, "2021", 83, 300, 4, 0).id();
        TestUsers.join(app, inspection, "amira", Role.INSPECTOR);
        amira = Map.of("Authorization", RawHttp.utf8(TestUsers.bearer(app, "amira")));
        json = Map.of("Content-Type", RawHttp.utf8("application/json"), "Authorization",
                RawHttp.utf8(TestUsers.bearer(app, "amira")));
        TestUsers.account(app, "eve");
        eve = Map.of("Authorization", RawHttp.utf8(TestUsers.bearer(app, "eve")));
    }

    private static Map<String, byte[]> eve;

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aSuccessfulAnswerCarriesEverySecurityHeaderAndIsNotCached() throws Exception {
        assertSecured(raw.send("GET", "/api/inspections", amira, null), 200);
        assertSecured(raw.send("GET", "/api/inspections/" + inspection + "/assessments", amira, null), 200);
        assertSecured(raw.send("HEAD", "/api/inspections/" + inspection, amira, null), 200);
        assertSecured(raw.send("GET", "/api/me", amira, null), 200);
    }

    @Test
    void everyRefusalCarriesThemToo() throws Exception {
        assertSecured(raw.send("GET", "/api/inspections/abc", amira, null), 400);
        assertSecured(raw.send("GET", "/api/inspections/99999999", amira, null), 404);
        assertSecured(raw.send("GET", "/api/inspections/" + inspection, eve, null), 404);
        assertSecured(raw.send("HEAD", "/api/inspections/" + inspection, eve, null), 404);
        assertSecured(raw.send("HEAD", "/api/inspections/" + inspection + "/caseload", Map.of("Authorization",
                RawHttp.utf8("Bearer not-a-token")), null), 401);
        assertSecured(raw.send("POST", "/api/inspections/" + inspection + "/sample", json, RawHttp.utf8("{}")), 403);
        assertSecured(raw.send("POST", "/api/session", Map.of("Content-Type", RawHttp.utf8("application/json")),
                RawHttp.utf8("{\"username\": \"amira\", \"password\": \"not her password at all\"}")), 401);
        assertSecured(raw.send("GET", "/api/nothing-here"), 404);
        assertSecured(raw.send("HEAD", "/api/nothing-here"), 404);
        assertSecured(raw.send("DELETE", "/api/inspections"), 405);
        assertSecured(raw.send("POST", "/api/inspections", Map.of("Content-Type", RawHttp.utf8("text/plain"),
                "Authorization", amira.get("Authorization")), RawHttp.utf8("{}")), 415);
        assertSecured(raw.send("POST", "/api/inspections", Map.of("Content-Type", RawHttp.utf8("application/json"),
                "Content-Length", RawHttp.utf8("2000000"), "Expect", RawHttp.utf8("100-continue")), null), 413);
        assertSecured(raw.send("POST", "/api/inspections", json, RawHttp.utf8("{\"nope\": 1}")), 400);
    }

    @Test
    void everyRouteRefusesSomeoneSignedOutWithThemToo() throws Exception {
        Map<String, String> known = Map.of("inspectionId", String.valueOf(inspection));
        int refused = 0;
        for (AccessGate.RouteAccess route : AllRoutes.needingSignIn(web)) {
            String path = AllRoutes.path(route, known);
            assertSecured(raw.send(route.method(), path), 401);
            if (route.method().equals("GET")) {
                assertSecured(raw.send("HEAD", path), 401);
            }
            assertSecured(raw.send(route.method(), path, Map.of("Authorization", RawHttp.utf8("Bearer not-a-token")),
                    null), 401);
            refused++;
        }
        assertThat(refused).as("routes that need a signed-in person").isGreaterThan(30);
        for (AccessGate.RouteAccess route : AllRoutes.open(web)) {
            assertSecured(raw.send(route.method(), route.path(), Map.of("Content-Type",
                    RawHttp.utf8("application/json")), RawHttp.utf8("{}")), 400);
        }
    }

    @Test
    void theWebServersOwnRefusalsCarryThemToo() throws Exception {
        assertSecured(raw.send("GET", "/api/inspections/%zz"), 400);
        assertSecured(raw.send("GET", "/api/inspections", Map.of("X-Big", RawHttp.utf8("a".repeat(20_000))), null),
                431);
        assertSecured(raw.send("GET", "/api/inspections?q=" + "a".repeat(20_000)), 414);
    }

    @Test
    void theApiPolicyAllowsNoScriptFrameOrBase() {
        assertThat(SecurityHeaders.API_POLICY).contains("default-src 'none'", "frame-ancestors 'none'",
                "base-uri 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() {
        assertThat(SecurityHeaders.expected(true)).containsEntry("Strict-Transport-Security", "max-age=31536000");
        assertThat(SecurityHeaders.expected(false)).doesNotContainKey("Strict-Transport-Security");
    }

    private static void assertSecured(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        Map<String, String> headers = answer.headers();
        assertThat(headers).containsEntry("content-security-policy",
                        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("cross-origin-opener-policy", "same-origin")
                .containsEntry("cross-origin-resource-policy", "same-origin")
                .containsEntry("cache-control", "no-store")
                .containsEntry("pragma", "no-cache")
                .doesNotContainKey("strict-transport-security");
        assertThat(headers.get("permissions-policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }
}
