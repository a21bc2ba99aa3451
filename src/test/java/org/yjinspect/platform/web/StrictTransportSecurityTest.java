package org.yjinspect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict-Transport-Security is sent on answers to requests that came over TLS, route or no
 * route, and never over plain HTTP: the same server, one plain and one TLS connector, with a
 * certificate made for the test.
 */
class StrictTransportSecurityTest {
    private static final String PASSWORD = "test-only-keystore";

    @Test
    void onlyAnAnswerOverTlsTellsTheBrowserToKeepToTls(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("localhost.p12");
        certificate(keystore);
        Javalin web = WebApp.create(new org.yjinspect.support.OpenAccess(), List.of(routes -> routes.get("/hello",
                ctx -> ctx.json(List.of())))).start(0);
        try {
            int tlsPort = addTls(web.jettyServer().server(), keystore);
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            for (String path : new String[] {"/hello", "/no-such-route"}) {
                assertThat(hsts(client, "https://localhost:" + tlsPort + path)).contains("max-age=31536000");
                assertThat(hsts(client, "http://localhost:" + web.port() + path)).isEmpty();
            }
        } finally {
            web.stop();
        }
    }

    private static Optional<String> hsts(HttpClient client, String url) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(url).isPresent();
        return answer.headers().firstValue("Strict-Transport-Security");
    }

    private static int addTls(Server server, Path keystore) throws Exception {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.toString());
        ssl.setKeyStorePassword(PASSWORD);
        ssl.setKeyStoreType("PKCS12");
        HttpConfiguration https = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector tls = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        tls.setPort(0);
        server.addConnector(tls);
        tls.start();
        return tls.getLocalPort();
    }

    private static void certificate(Path keystore) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(made.getInputStream().readAllBytes());
        assertThat(made.waitFor()).as(output).isZero();
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
