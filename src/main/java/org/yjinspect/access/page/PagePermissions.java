package org.yjinspect.access.page;

import io.javalin.http.Context;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;

/**
 * Whether the signed-in person may do a changing action in an inspection now, asked by a page so
 * that it shows a form only to those who may use it, and to nobody once the inspection is
 * published and locked. The gate and the lock still decide every request: hiding a form is for
 * the person's sake, not the protection.
 */
public final class PagePermissions {
    private final InspectionAccess access;

    public PagePermissions(InspectionAccess access) {
        this.access = access;
    }

    public boolean may(Context ctx, long inspectionId, Action action) {
        Principal principal = PrincipalResolver.required(ctx);
        InspectionAccess.Asker asker = new InspectionAccess.Asker(principal.userId(), principal.administrator());
        return access.mayChange(asker, inspectionId, null, action);
    }

    /** Whether the inspection is published and locked, so that a page says why it offers no form. */
    public boolean locked(Context ctx, long inspectionId) {
        Principal principal = PrincipalResolver.required(ctx);
        return access.locked(new InspectionAccess.Asker(principal.userId(), principal.administrator()), inspectionId);
    }
}
