package org.yjinspect.account.web;

import io.javalin.http.Context;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.web.RequestActor;

/**
 * The actor of a write on the API: the signed-in user, or the owner of the bearer token. Nothing
 * the request says about itself (no header, no body field) names who made it.
 */
public final class SignedInActor implements RequestActor {
    @Override
    public Actor of(Context ctx) {
        return Actor.of(PrincipalResolver.required(ctx).username());
    }
}
