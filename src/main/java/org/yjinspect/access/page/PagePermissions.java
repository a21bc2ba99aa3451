package org.yjinspect.access.page;

import io.javalin.http.Context;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.PrincipalResolver;

/**
 * Whether the signed-in person may do an action in an inspection, asked by a page so that it
 * shows a form only to those who may use it. The gate still decides every request: hiding a
 * form is for the person's sake, not the protection.
 */
public final class PagePermissions {
    private final InspectionAccess access;

    public PagePermissions(InspectionAccess access) {
        this.access = access;
    }

    public boolean may(Context ctx, long inspectionId, Action action) {
        Principal principal = PrincipalResolver.required(ctx);
        InspectionAccess.Asker asker = new InspectionAccess.Asker(principal.userId(), principal.administrator());
        return access.decide(asker, inspectionId, null, action).value() == Access.ALLOWED;
    }
}
