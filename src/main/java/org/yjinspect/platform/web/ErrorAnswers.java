package org.yjinspect.platform.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * How every refusal on the API is answered, {@code {"error": "..."}} as JSON: a {@link Problem}
 * with its kind's status (400, 404, 409), a {@link BadRequest} with its own (400, 413, 415), a {@link ServerBusy} as 503 with Retry-After, the
 * router's refusals in the API's words (404 no such route, 405 with the methods allowed), a body
 * that stopped arriving (400), and a bug as 500: logged with its stack trace, never shown.
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {
    }

    static void register(RoutesConfig routes, ErrorPages pages) {
        routes.exception(Problem.class, (e, ctx) -> answer(ctx, pages, e.kind().httpStatus(), e.getMessage()));
        routes.exception(BadRequest.class, (e, ctx) -> answer(ctx, pages, e.status(), e.getMessage()));
        routes.exception(ServerBusy.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            answer(ctx, pages, 503, e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, pages, e.getStatus(), words(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (endedEarly(e)) {
                answer(ctx, pages, 400, "the request ended before its body was complete (shorter than its"
                        + " Content-Length); send it again");
                return;
            }
            LOG.error("request {} {} failed", ctx.method(), SafeText.shown(ctx.path()), e);
            answer(ctx, pages, 500, StatusWords.INTERNAL);
        });
        // Javalin answers some failures itself with a bare status (408 when the body stops arriving):
        // any error status still without a body gets the API's JSON error (or the error page).
        routes.after(ctx -> bareStatus(ctx, pages));
    }

    private static void bareStatus(Context ctx, ErrorPages pages) {
        int status = ctx.statusCode();
        if (status >= 400 && ctx.resultInputStream() == null && !ctx.res().isCommitted()) {
            if (pages != null && ErrorPages.isPage(ctx.path())) {
                pages.show(ctx, status, StatusWords.of(status));
            } else {
                ctx.contentType("application/json").result(StatusWords.json(StatusWords.of(status)));
            }
        }
    }

    private static void answer(Context ctx, ErrorPages pages, int status, String message) {
        if (pages != null && ErrorPages.isPage(ctx.path())) {
            finishReading(ctx);
            ctx.status(status);
            pages.show(ctx, status, message);
            return;
        }
        answer(ctx, status, message);
    }

    /** A java.lang.Error (out of memory, stack overflow) in a route: logged, and a 500 if it can still be said. */
    static void internalError(HttpServletResponse response, Error error) {
        LOG.error("request failed with {}", error.getClass().getSimpleName(), error);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            response.setStatus(500);
            SecurityHeaders.apply(false, response::setHeader);
            response.setContentType("application/json");
            response.getOutputStream().write(StatusWords.json(StatusWords.INTERNAL).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException ignored) {
            // The client has gone or the answer is already on its way: nothing more can be said.
        }
    }

    private static void answer(Context ctx, int status, String message) {
        finishReading(ctx);
        ctx.status(status).contentType("application/json").result(StatusWords.json(message));
    }

    /**
     * A request refused before its body was read leaves the body on the connection, and the server
     * then closes the connection after the answer without saying so; a client reusing it finds it
     * closed. So a body of a size the API reads anyway is read to the end, and a larger or unsized
     * one is announced with "Connection: close".
     */
    private static void finishReading(Context ctx) {
        long length = ctx.contentLength();
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        try {
            if (length > 0 && length <= Requests.LARGEST_BODY) {
                ctx.bodyAsBytes();
            } else if (length > 0 || chunked) {
                ctx.header("Connection", "close");
            }
        } catch (Exception unreadable) {
            // A body cut short throws Jetty's EOF (an IOException, unchecked): the connection is done for.
            ctx.header("Connection", "close");
        }
    }

    /** The router's own answers, in the API's words: no such route, a method the path does not take. */
    private static String words(HttpResponseException e, Context ctx) {
        String path = SafeText.shown(ctx.path());
        if (e instanceof EndpointNotFound) {
            return "not found: there is no route " + ctx.method() + " " + path + "; docs/api.md lists the routes";
        }
        if (e instanceof MethodNotAllowedResponse) {
            String allowed = String.join(", ", e.getDetails().getOrDefault("availableMethods", "").split(",\\s*"));
            ctx.header("Allow", allowed);
            return ctx.method() + " is not allowed on " + path + (allowed.isBlank() ? "" : "; allowed: " + allowed);
        }
        if (e.getStatus() == 413) {
            return "the request is larger than " + BodyLimits.LARGEST_CASELOAD / (1024 * 1024) + " MB";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? StatusWords.of(e.getStatus()) : e.getMessage();
    }

    /** The client stopped sending mid-body (or went away): its mistake or its network's, not a bug. */
    private static boolean endedEarly(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }
}
