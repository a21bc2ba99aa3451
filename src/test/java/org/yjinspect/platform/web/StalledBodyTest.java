package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** A body that never arrives in full (shorter than its Content-Length) is answered in JSON, not with a bare 408. */
class StalledBodyTest {
    record Note(String note) {
    }

    @Test
    void aBodyThatStopsArrivingGetsAJsonAnswer() throws Exception {
        Javalin web = WebApp.create(new org.yjinspect.support.OpenAccess(), List.of(routes -> {
            routes.put("/json", ctx -> ctx.result(Requests.body(ctx, Note.class).note()));
            routes.put("/csv", ctx -> ctx.result(ctx.body()));
        })).start(0);
        try {
            ((ServerConnector) web.jettyServer().server().getConnectors()[0]).setIdleTimeout(500);
            RawHttp raw = new RawHttp(web.port());
            for (String path : new String[] {"/json", "/csv"}) {
                RawHttp.Answer answer = raw.send("PUT", path, Map.of("Content-Type", RawHttp.utf8("application/json"),
                        "Content-Length", RawHttp.utf8("100")), null);
                assertThat(answer.status()).isEqualTo(408);
                assertThat(answer.headers().get("content-type")).isEqualTo("application/json");
                assertThat(answer.body()).contains("\"error\": \"the request did not arrive in time");
            }
        } finally {
            web.stop();
        }
    }
}
