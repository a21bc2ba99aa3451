package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * While one upload is being read, another is answered at once with 503, Retry-After and a JSON
 * error (and the security headers), before its body is read; once the first ends, the next is let in.
 */
class UploadGateTest {
    @Test
    void aSecondUploadWhileOneIsBeingReadIsToldToComeBack() throws Exception {
        UploadGate gate = new UploadGate(1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Javalin web = WebApp.create(new org.yjinspect.support.OpenAccess(), List.of(routes -> routes.put("/upload", ctx ->
                gate.read(ctx, upload -> {
                    reading.countDown();
                    assertThat(finish.await(20, TimeUnit.SECONDS)).isTrue();
                    upload.result("{\"read\": " + upload.bodyAsBytes().length + "}");
                })))).start(0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> first = client.sendAsync(put(web, "first"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reading.await(20, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> second = client.send(put(web, "second"), HttpResponse.BodyHandlers.ofString());
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).contains("5");
            assertThat(second.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(second.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(second.body()).isEqualTo("{\"error\": \"another upload is being read; send this one again in 5"
                    + " seconds\"}");
            finish.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS).body()).isEqualTo("{\"read\": 5}");
            assertThat(client.send(put(web, "third"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        } finally {
            finish.countDown();
            web.stop();
        }
    }

    private static HttpRequest put(Javalin web, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + "/upload"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
