package org.yjinspect.support;

import io.javalin.http.Context;
import org.yjinspect.platform.web.AccessCheck;

/** For tests of the web platform itself, on routes of their own: lets every request in. */
public final class OpenAccess implements AccessCheck {
    @Override
    public void identify(Context ctx) {
    }

    @Override
    public void check(Context ctx) {
    }
}
