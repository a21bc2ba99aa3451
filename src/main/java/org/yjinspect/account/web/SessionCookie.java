package org.yjinspect.account.web;

import io.javalin.http.Context;
import org.yjinspect.account.domain.SessionSettings;

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on another site's
 * form posts), Path=/, lasting as long as the session's absolute limit, and Secure when the
 * server is reached over TLS (the setting YJINSPECT_SECURE_COOKIES, or a request that came in
 * over https).
 */
public final class SessionCookie {
    public static final String NAME = "yjinspect_session";
    private final SessionSettings settings;

    public SessionCookie(SessionSettings settings) {
        this.settings = settings;
    }

    public static String of(Context ctx) {
        return ctx.cookie(NAME);
    }

    public void set(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + "; Path=/; Max-Age=" + settings.absolute().toSeconds()
                + attributes(ctx));
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0" + attributes(ctx));
    }

    private String attributes(Context ctx) {
        boolean secure = settings.secureCookies() || "https".equalsIgnoreCase(ctx.scheme());
        return "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
