package org.yjinspect.account.page;

import io.javalin.http.Context;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.CsrfToken;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.platform.page.Layout;

/** The frame of a page for the request: who is signed in, and their session's token for its forms. */
public final class Frames {
    private Frames() {
    }

    public static Layout of(Context ctx, String title, Layout.Section section) {
        String username = PrincipalResolver.of(ctx).map(Principal::username).orElse(null);
        boolean administrator = PrincipalResolver.of(ctx).map(Principal::administrator).orElse(false);
        return new Layout(title, username, username == null ? null : CsrfToken.of(ctx), section, administrator);
    }

    /** The frame of an error page: the signed-in person, if any, and no section. */
    public static Layout ofError(Context ctx) {
        return of(ctx, "Error", null);
    }
}
