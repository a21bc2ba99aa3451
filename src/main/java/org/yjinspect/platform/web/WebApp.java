package org.yjinspect.platform.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.problem.Problem;

/**
 * Builds the JSON API: the access check before every route, each feature's routes, and error
 * handling that always answers {@code {"error": "..."}} with 400, 404 or 409 (500 for a bug,
 * logged here, never shown), never a stack trace.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private WebApp() {
    }

    public static Javalin create(AccessCheck access, List<Routes> features) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.routes.before(access::check);
            features.forEach(feature -> feature.register(config.routes));
            config.routes.exception(Problem.class, (e, ctx) ->
                    ctx.status(e.kind().httpStatus()).json(Map.of("error", e.getMessage())));
            config.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("error", "internal error; nothing was changed. See the server log."));
            });
        });
    }
}
