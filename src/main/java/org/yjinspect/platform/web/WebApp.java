package org.yjinspect.platform.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.yjinspect.platform.json.Json;

/**
 * Builds the JSON API: a size check and the access check before every route, each feature's
 * routes, and answers that are always {@code {"error": "..."}} as JSON whatever the path or
 * method ({@link ErrorAnswers} for the router's and the routes' refusals, {@link JsonErrorHandler}
 * for the web server's own: a malformed URL, headers too large). A bug is 500, logged, never shown.
 */
public final class WebApp {
    /** The largest body of any request: a caseload CSV export of a large service. */
    public static final long LARGEST_REQUEST = 64L * 1024 * 1024;

    private WebApp() {
    }

    public static Javalin create(AccessCheck access, List<Routes> features) {
        return Javalin.create(config -> {
            // The API answers compact JSON; the command line's --json stays indented for people.
            config.jsonMapper(new JavalinJackson(Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT),
                    false));
            config.http.maxRequestSize = LARGEST_REQUEST;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.router.javaLangErrorHandler(ErrorAnswers::internalError);
            config.routes.before(WebApp::refuseTooLarge);
            config.routes.before(access::check);
            features.forEach(feature -> feature.register(config.routes));
            ErrorAnswers.register(config.routes);
        });
    }

    /** A body announced as larger than any request is refused before a byte of it is read. */
    private static void refuseTooLarge(Context ctx) {
        if (ctx.contentLength() > LARGEST_REQUEST) {
            throw BadRequest.tooLarge("the request is larger than " + LARGEST_REQUEST / (1024 * 1024) + " MB");
        }
    }
}
