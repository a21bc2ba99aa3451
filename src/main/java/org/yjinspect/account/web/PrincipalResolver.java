package org.yjinspect.account.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.domain.Principal;

/**
 * The one place that decides who a request comes from: an {@code Authorization: Bearer} token
 * (API clients), else the session cookie (the browser). Run before every route; the principal,
 * if any, is put on the request as the attribute {@link #ATTRIBUTE}. A request with neither, or
 * with one that is unknown, expired or of a disabled account, has no principal.
 */
public final class PrincipalResolver {
    public static final String ATTRIBUTE = "yjinspect.principal";
    private static final String BEARER = "Bearer ";
    private final SignIn signIn;
    private final PersonalTokens tokens;

    public PrincipalResolver(SignIn signIn, PersonalTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    /** Looks the request's credentials up and puts the principal found on the request. */
    public void attach(Context ctx) {
        resolve(ctx).ifPresent(principal -> ctx.attribute(ATTRIBUTE, principal));
    }

    private Optional<Principal> resolve(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return tokens.owner(authorization.substring(BEARER.length()).strip(), ctx.ip());
        }
        String session = SessionCookie.of(ctx);
        return session == null ? Optional.empty() : signIn.session(session);
    }

    /** The request's principal, if it has one. */
    public static Optional<Principal> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The request's principal, or a 401 saying how to sign in. */
    public static Principal required(Context ctx) {
        return of(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first (POST /api/session), or send"
                + " Authorization: Bearer with a personal access token"));
    }

    /** Whether the request was made with the session cookie (not a bearer token). */
    public static boolean bySession(Context ctx) {
        String authorization = ctx.header("Authorization");
        return authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }
}
