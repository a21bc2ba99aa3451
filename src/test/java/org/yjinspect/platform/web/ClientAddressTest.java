package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.SignInThrottlePolicy;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.TestUsers;

/**
 * The client address that sign-in throttling and the account audit record is the address the
 * connection comes from, never what the request says about itself: a client could otherwise
 * escape the per-address throttle, or put someone else's address in the audit, by sending
 * X-Forwarded-For (or Forwarded, X-Real-IP) with each try.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ClientAddressTest {
    private static final String FORGED = "1.2.3.4";
    private static Application app;
    private static Javalin web;
    private static RawHttp raw;

    @BeforeAll
    static void start(Application opened) {
        app = opened;
        web = app.web().start(0);
        raw = new RawHttp(web.port());
    }

    /** Each test starts with no failed sign-ins counted (the throttle would otherwise carry over for 15 minutes). */
    @BeforeEach
    void noFailuresCounted() {
        app.database().jdbi().useHandle(h -> h.execute("delete from sign_in_failure"));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aForwardedForHeaderIsNotTakenAsTheClientsAddress() throws Exception {
        signInWrongly("nobody-plain", Map.of());
        String real = addressOfFailure("nobody-plain");
        assertThat(real).isNotBlank().isNotEqualTo(FORGED);
        List<Map<String, byte[]>> forged = List.of(Map.of("X-Forwarded-For", RawHttp.utf8(FORGED)),
                Map.of("X-Forwarded-For", RawHttp.utf8(FORGED + ", 10.0.0.1")),
                Map.of("Forwarded", RawHttp.utf8("for=" + FORGED)), Map.of("X-Real-IP", RawHttp.utf8(FORGED)));
        for (int i = 0; i < forged.size(); i++) {
            signInWrongly("nobody-" + i, forged.get(i));
            assertThat(addressOfFailure("nobody-" + i)).as(forged.get(i).keySet().toString()).isEqualTo(real);
        }
        TestUsers.account(app, "amira");
        RawHttp.Answer refused = raw.send("GET", "/api/inspections/1", Map.of("Authorization",
                RawHttp.utf8(TestUsers.bearer(app, "amira")), "X-Forwarded-For", RawHttp.utf8(FORGED)), null);
        assertThat(refused.status()).isEqualTo(404);
        List<String> audited = app.database().jdbi().withHandle(h -> h.createQuery("select distinct client_address"
                + " from account_event where event in (<events>)").bindList("events", List.of(
                        AccountEvent.Kind.SIGN_IN_FAILED.label(), AccountEvent.Kind.ACCESS_REFUSED.label(),
                        AccountEvent.Kind.TOKEN_USED.label())).mapTo(String.class).list());
        assertThat(audited).as("the account audit's addresses").containsExactly(real);
    }

    @Test
    void aClientSendingANewForwardedForWithEachTryIsThrottledAsTheOneAddressItIs() throws Exception {
        RawHttp.Answer last = null;
        for (int i = 0; i <= SignInThrottlePolicy.FREE_PER_ADDRESS + 2; i++) {
            // A different name each time, so that only the per-address count can slow these tries.
            last = signInWrongly("guess-" + i, Map.of("X-Forwarded-For", RawHttp.utf8("10.9.8." + i)));
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).as(last.body()).isEqualTo(429);
        assertThat(last.body()).contains("failed sign-ins from this address");
        assertThat(last.headers()).containsKey("retry-after");
    }

    private static RawHttp.Answer signInWrongly(String username, Map<String, byte[]> headers) throws Exception {
        Map<String, byte[]> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", RawHttp.utf8("application/json"));
        RawHttp.Answer answer = raw.send("POST", "/api/session", all, RawHttp.utf8("{\"username\": \"" + username
                + "\", \"password\": \"not the password at all\"}"));
        assertThat(answer.status()).as(answer.body()).isIn(401, 429);
        return answer;
    }

    private static String addressOfFailure(String username) {
        return app.database().jdbi().withHandle(h -> h.createQuery("select client_address from sign_in_failure"
                + " where username = :u").bind("u", username).mapTo(String.class).one());
    }
}
