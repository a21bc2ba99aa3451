package org.yjinspect.platform.web;

import io.javalin.http.Context;

/**
 * The one place where a request is let in or turned away, run before every route. Identity
 * and roles are not built yet, so the default lets everything through; adding login means
 * supplying another AccessCheck, not touching the routes.
 */
@FunctionalInterface
public interface AccessCheck {
    AccessCheck ALLOW_ALL = ctx -> { };

    /** Throws (for example an HTTP 401 or 403 response exception) to refuse the request. */
    void check(Context ctx) throws Exception;
}
