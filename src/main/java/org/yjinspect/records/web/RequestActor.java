package org.yjinspect.records.web;

import io.javalin.http.Context;
import org.yjinspect.records.domain.Actor;

/**
 * Who is making a request, as its writes record it. The composition root supplies the one that
 * reads the signed-in principal (the account feature's {@code SignedInActor}); a route never reads
 * a name from the request itself.
 */
@FunctionalInterface
public interface RequestActor {
    /** The actor, or a 401 when nobody is signed in. */
    Actor of(Context ctx);
}
