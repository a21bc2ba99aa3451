package org.yjinspect.account.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.app.SignInCommand;
import org.yjinspect.account.app.SignInOutcome;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Routes;

/**
 * GET/POST /sign-in and POST /sign-out, as forms that work without JavaScript. The sign-in form
 * carries a token that must match a cookie set with the form (so another site cannot sign
 * someone in under its own account); a refusal says the same whatever was wrong; after signing
 * in, the person goes back to the page they asked for (a path on this server only).
 */
public final class SignInPages implements Routes {
    static final String FORM_COOKIE = "yjinspect_signin";
    private final SignIn signIn;
    private final Pages pages;
    private final SessionCookie cookie;
    private final SecureRandom random = new SecureRandom();

    public SignInPages(SignIn signIn, Pages pages) {
        this.signIn = signIn;
        this.pages = pages;
        this.cookie = new SessionCookie(signIn.settings());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/sign-in", ctx -> form(ctx, 200, null, "", ctx.queryParam("signedOut") != null), Audience.ANYONE);
        routes.post("/sign-in", this::signIn, Audience.ANYONE);
        routes.post("/sign-out", ctx -> {
            Principal principal = PrincipalResolver.required(ctx);
            signIn.signOut(SessionCookie.of(ctx), principal, ctx.ip());
            cookie.clear(ctx);
            ctx.redirect("/sign-in?signedOut=1", io.javalin.http.HttpStatus.SEE_OTHER);
        }, Audience.SIGNED_IN);
    }

    private void signIn(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (!formTokenMatches(ctx)) {
            form(ctx, 400, "This sign-in form had expired. Enter your username and password again.", username, false);
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            form(ctx, 400, "Enter your username and your password.", username, false);
            return;
        }
        SignInOutcome outcome;
        try {
            outcome = signIn.signIn(new SignInCommand(username, password.toCharArray(), ctx.ip(), SessionCookie.of(ctx)));
        } catch (Problem tooLong) {
            form(ctx, 400, "The username or password is not right.", "", false);
            return;
        }
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            cookie.set(ctx, signedIn.session().text());
            ctx.res().addHeader("Set-Cookie", FORM_COOKIE + "=; Path=/sign-in; Max-Age=0; HttpOnly; SameSite=Strict");
            ctx.redirect(NextPage.of(ctx.queryParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SignInOutcome.Throttled throttled) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            form(ctx, 429, "Too many failed sign-ins: " + throttled.reason() + ".", username, false);
        } else {
            form(ctx, 401, "The username or password is not right.", username, false);
        }
    }

    private void form(Context ctx, int status, String error, String username, boolean signedOut) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        boolean secure = signIn.settings().secureCookies() || "https".equalsIgnoreCase(ctx.scheme());
        ctx.res().addHeader("Set-Cookie", FORM_COOKIE + "=" + token + "; Path=/sign-in; Max-Age=3600; HttpOnly;"
                + " SameSite=Strict" + (secure ? "; Secure" : ""));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", new Layout("Sign in", null, null, null));
        params.put("error", error);
        params.put("username", username == null ? "" : username);
        params.put("formToken", token);
        params.put("next", NextPage.of(ctx.queryParam("next")));
        params.put("signedOut", signedOut);
        pages.render(ctx, status, "account/sign-in.jte", params);
    }

    private static boolean formTokenMatches(Context ctx) {
        String expected = ctx.cookie(FORM_COOKIE);
        String given = ctx.formParam("formToken");
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
