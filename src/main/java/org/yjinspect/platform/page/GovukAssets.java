package org.yjinspect.platform.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.Routes;

/**
 * The pages' styles and scripts: GOV.UK Frontend's from its WebJar, with the service's own
 * additions. GOV.UK's own typeface is for GOV.UK services only, so its font faces are taken out
 * of the stylesheet and every use of it is replaced by the system's fonts; the crown, the logo
 * and the images are never served.
 */
public final class GovukAssets implements Routes {
    public static final String VERSION = "5.14.0";
    private static final String WEBJAR = "/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
    /** The system's own sans-serif on each platform, in place of GOV.UK's typeface. */
    static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";
    /**
     * The service's own scripts in src/main/resources/static, each a progressive enhancement of
     * pages that work without it. A new script is added here (nothing else there is served).
     */
    static final java.util.List<String> SCRIPTS = java.util.List.of(
            "yjinspect.js",
            "setup.js",
            "case-assessment.js",
            "organisation.js",
            "second-reading.js");
    private final Map<String, Asset> assets;
    private final RouteRole anyone;

    private record Asset(String contentType, byte[] body) {
    }

    /** {@code anyone}: the route role that lets every request in (assets hold no data). */
    public GovukAssets(RouteRole anyone) {
        this.anyone = anyone;
        Map<String, Asset> found = new java.util.HashMap<>();
        found.put("yjinspect.css", new Asset("text/css; charset=utf-8", bytes(styles())));
        found.put("govuk-frontend.min.js", new Asset("text/javascript; charset=utf-8",
                bytes(read(WEBJAR + "govuk-frontend.min.js"))));
        for (String script : SCRIPTS) {
            found.put(script, new Asset("text/javascript; charset=utf-8", bytes(read("/static/" + script))));
        }
        this.assets = Map.copyOf(found);
    }

    /** GOV.UK Frontend's stylesheet without its typeface, then the service's own rules. */
    static String styles() {
        String govuk = FONT_FACE.matcher(read(WEBJAR + "govuk-frontend.min.css")).replaceAll("")
                .replace("GDS Transport,arial,sans-serif", SYSTEM_FONTS).replace("GDS Transport", SYSTEM_FONTS);
        return govuk + "\n" + read("/static/yjinspect.css");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/assets/{file}", this::serve, anyone);
    }

    private void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse("there is no asset " + SafeText.shown(ctx.pathParam("file")));
        }
        // No data in an asset: a browser may keep it for an hour.
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.res().setHeader("Pragma", null);
        ctx.contentType(asset.contentType()).result(asset.body());
    }

    private static String read(String resource) {
        try (InputStream in = GovukAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
