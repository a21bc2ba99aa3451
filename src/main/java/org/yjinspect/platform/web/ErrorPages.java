package org.yjinspect.platform.web;

import io.javalin.http.Context;

/**
 * How a refusal is shown to a person in the browser rather than to an API client: a page in the
 * application's style (or, for 401, the way to the sign-in page). The API's paths always answer
 * JSON; {@link #NONE} answers JSON everywhere.
 */
public interface ErrorPages {
    ErrorPages NONE = null;

    /** Shows the refusal with its status and words; never a stack trace. */
    void show(Context ctx, int status, String message);

    /** Whether the request is for a page (not the API, not an asset). */
    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/assets/");
    }
}
