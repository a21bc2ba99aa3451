package org.yjinspect.account.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.app.SignInCommand;
import org.yjinspect.account.app.SignInOutcome;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.Username;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * POST /api/setup (the first administrator, with the one-time set-up token), POST /api/session
 * (sign in), GET /api/me, DELETE /api/session (sign out), DELETE /api/sessions (sign out
 * everywhere). A session's answers carry its {@code csrfToken} ({@link CsrfToken}). A refused sign-in is 401 with the same words whatever was wrong; a slowed one is
 * 429 with Retry-After.
 */
public final class AccountRoutes implements Routes {
    private final AccountAdministration administration;
    private final SignIn signIn;
    private final SessionCookie cookie;

    /** The body of POST /api/setup. */
    public record SetUpRequest(String token, String username, String password) {
    }

    /** The body of POST /api/session. */
    public record SignInRequest(String username, String password) {
    }

    public AccountRoutes(AccountAdministration administration, SignIn signIn) {
        this.administration = administration;
        this.signIn = signIn;
        this.cookie = new SessionCookie(signIn.settings());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/setup", this::setUp, Audience.ANYONE);
        routes.post("/api/session", this::signIn, Audience.ANYONE);
        routes.get("/api/me", ctx -> ctx.json(withCsrf(json(PrincipalResolver.required(ctx)),
                PrincipalResolver.bySession(ctx) ? CsrfToken.of(ctx) : null)), Audience.SIGNED_IN);
        routes.delete("/api/session", ctx -> {
            Principal principal = PrincipalResolver.required(ctx);
            signIn.signOut(SessionCookie.of(ctx), principal, ctx.ip());
            cookie.clear(ctx);
            ctx.status(204);
        }, Audience.SIGNED_IN);
        routes.delete("/api/sessions", ctx -> {
            int ended = signIn.signOutEverywhere(PrincipalResolver.required(ctx), ctx.ip());
            cookie.clear(ctx);
            ctx.json(Map.of("sessionsEnded", ended));
        }, Audience.SIGNED_IN);
    }

    private void setUp(Context ctx) {
        SetUpRequest r = Requests.body(ctx, SetUpRequest.class);
        Problem.require(r.token() != null, "token is required: the one-time code of the set-up link (after #)");
        Problem.require(r.password() != null, "password is required");
        Account admin = administration.setUp(r.token(), new Username(r.username()), r.password().toCharArray(), ctx.ip());
        ctx.status(201).json(json(admin.principal()));
    }

    private void signIn(Context ctx) {
        SignInRequest r = Requests.body(ctx, SignInRequest.class);
        SignInOutcome outcome = signIn.signIn(new SignInCommand(r.username(),
                r.password() == null ? null : r.password().toCharArray(), ctx.ip(), SessionCookie.of(ctx)));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            cookie.set(ctx, signedIn.session().text());
            ctx.json(withCsrf(json(signedIn.principal()), CsrfToken.of(signedIn.session().text())));
        } else if (outcome instanceof SignInOutcome.Throttled throttled) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            cookie.clear(ctx);
            throw new HttpResponseException(429, "too many failed sign-ins: " + throttled.reason());
        } else {
            cookie.clear(ctx);
            throw new io.javalin.http.UnauthorizedResponse(SignInOutcome.REFUSED);
        }
    }

    /** A session's answer carries its synchronizer token: every write made with the cookie must send it. */
    private static Map<String, Object> withCsrf(Map<String, Object> json, String csrfToken) {
        if (csrfToken != null) {
            json.put("csrfToken", csrfToken);
        }
        return json;
    }

    static Map<String, Object> json(Principal principal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", principal.userId());
        json.put("username", principal.username());
        json.put("administrator", principal.administrator());
        return json;
    }
}
