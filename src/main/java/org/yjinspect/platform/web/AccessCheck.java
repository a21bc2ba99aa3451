package org.yjinspect.platform.web;

import io.javalin.http.Context;

/**
 * Where a request is let in or turned away: who it comes from is found before every request
 * (matched or not), and whether its route lets them in is checked before the route runs. The
 * composition root supplies the one built on accounts and the access policy.
 */
public interface AccessCheck {
    /** Finds who the request comes from and puts it on the request (nobody, when no credentials hold). */
    void identify(Context ctx) throws Exception;

    /** Throws (an HTTP 401, 403 or 404 answer) to refuse the request before its route runs. */
    void check(Context ctx) throws Exception;
}
