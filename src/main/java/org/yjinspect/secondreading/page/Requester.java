package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.secondreading.app.Who;

/**
 * The signed-in person behind a page request, as the second-reading use cases and the access
 * policy need them: who they are, and whether they may do an action now (so that a page offers a
 * form only to those who may use it, and to nobody once the inspection is published). The gate
 * still decides every request; hiding a form is for the person's sake.
 */
final class Requester {
    private final InspectionAccess access;

    Requester(InspectionAccess access) {
        this.access = access;
    }

    static Who who(Context ctx) {
        return Who.signedIn(PrincipalResolver.required(ctx).username());
    }

    static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    /** Allowed by role, whatever the lock. */
    boolean allowed(Context ctx, Long sampleCaseId, Action action) {
        return access.decide(asker(ctx), inspection(ctx), sampleCaseId, action).value() == Access.ALLOWED;
    }

    /** Allowed by role and the inspection not yet published. */
    boolean mayChange(Context ctx, Long sampleCaseId, Action action) {
        return access.mayChange(asker(ctx), inspection(ctx), sampleCaseId, action);
    }

    boolean locked(Context ctx) {
        return access.locked(asker(ctx), inspection(ctx));
    }

    private static InspectionAccess.Asker asker(Context ctx) {
        Principal principal = PrincipalResolver.required(ctx);
        return new InspectionAccess.Asker(principal.userId(), principal.administrator());
    }
}
