package org.yjinspect.platform.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.yjinspect.platform.json.Json;

/**
 * Builds the JSON API: the security headers ({@link SecurityHeaders}), the body size check
 * ({@link BodyLimits}) and who the request is from before every request, the access check before every
 * matched route ({@link AccessCheck}), each feature's
 * routes, and answers that are always {@code {"error": "..."}} as JSON whatever the path or
 * method ({@link ErrorAnswers} for the router's and the routes' refusals, {@link JsonErrorHandler}
 * for the web server's own: a malformed URL, headers too large). A bug is 500, logged, never shown.
 */
public final class WebApp {
    /** The largest body of any request: a caseload CSV export of a large service ({@link BodyLimits}). */
    public static final long LARGEST_REQUEST = BodyLimits.LARGEST_CASELOAD;

    private WebApp() {
    }

    public static Javalin create(AccessCheck access, List<Routes> features) {
        return create(access, ErrorPages.NONE, features);
    }

    /** With pages: a refusal on a page's path is shown by {@code pages}, the API's stay JSON. */
    public static Javalin create(AccessCheck access, ErrorPages pages, List<Routes> features) {
        return Javalin.create(config -> {
            // The API answers compact JSON; the command line's --json stays indented for people.
            config.jsonMapper(new JavalinJackson(Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT),
                    false));
            config.http.maxRequestSize = LARGEST_REQUEST;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.router.javaLangErrorHandler(ErrorAnswers::internalError);
            config.routes.before(ctx -> SecurityHeaders.apply(ctx.req().isSecure(),
                    pages != null && ErrorPages.isPage(ctx.path()), ctx::header));
            config.routes.before(BodyLimits::refuseTooLarge);
            config.routes.before(access::identify);
            config.routes.beforeMatched(access::check);
            features.forEach(feature -> feature.register(config.routes));
            ErrorAnswers.register(config.routes, pages);
        });
    }
}
