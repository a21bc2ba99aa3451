package org.yjinspect.records.web;

import io.javalin.http.Context;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.records.domain.Actor;

/**
 * Who is making a request. For now the name comes from the {@code X-Actor} header, sent as
 * UTF-8 ("Siân Ó Briain" is kept as typed) and checked by the name rule; when login arrives,
 * another RequestActor reads it from the session and nothing else changes.
 */
@FunctionalInterface
public interface RequestActor {
    String HEADER = "X-Actor";
    RequestActor FROM_HEADER = ctx -> new Actor(Requests.header(ctx, HEADER));

    /** The actor, or a 400 problem when none is given. */
    Actor of(Context ctx);
}
