package org.yjinspect.records.web;

import io.javalin.http.Context;
import org.yjinspect.records.domain.Actor;

/**
 * Who is making a request. For now the name comes from the {@code X-Actor} header; when login
 * arrives, another RequestActor reads it from the session and nothing else changes.
 */
@FunctionalInterface
public interface RequestActor {
    String HEADER = "X-Actor";
    RequestActor FROM_HEADER = ctx -> new Actor(ctx.header(HEADER));

    /** The actor, or a 400 problem when none is given. */
    Actor of(Context ctx);
}
