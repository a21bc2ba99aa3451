package org.yjinspect.account.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.app.SignInCommand;
import org.yjinspect.account.app.SignInOutcome;
import org.yjinspect.account.domain.Username;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Routes;

/**
 * GET/POST /setup: the page the server's one-time set-up link opens, to create the first
 * administrator. The code travels after # in the link, which browsers never send to a server or
 * keep in its logs; setup.js copies it into the form, and without JavaScript it is typed from the
 * link. Once made, the administrator is signed in.
 */
public final class SetUpPages implements Routes {
    private final AccountAdministration administration;
    private final SignIn signIn;
    private final Pages pages;
    private final SessionCookie cookie;

    public SetUpPages(AccountAdministration administration, SignIn signIn, Pages pages) {
        this.administration = administration;
        this.signIn = signIn;
        this.pages = pages;
        this.cookie = new SessionCookie(signIn.settings());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/setup", ctx -> form(ctx, 200, null, "", ""), Audience.ANYONE);
        routes.post("/setup", this::setUp, Audience.ANYONE);
    }

    private void setUp(Context ctx) {
        String code = ctx.formParam("code");
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (code == null || code.isBlank() || username == null || username.isBlank() || password == null
                || password.isEmpty()) {
            form(ctx, 400, "Enter the set-up code, a username and a password.", username, code);
            return;
        }
        if (!password.equals(ctx.formParam("confirm"))) {
            form(ctx, 400, "The two passwords are not the same: type the password again in both boxes.", username, code);
            return;
        }
        try {
            administration.setUp(code.strip(), new Username(username), password.toCharArray(), ctx.ip());
        } catch (Problem refused) {
            form(ctx, 400, sentence(refused.getMessage()), username, code);
            return;
        }
        SignInOutcome outcome = signIn.signIn(new SignInCommand(username, password.toCharArray(), ctx.ip(),
                SessionCookie.of(ctx)));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            cookie.set(ctx, signedIn.session().text());
        }
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The form, keeping what was typed (never the passwords). */
    private void form(Context ctx, int status, String error, String username, String code) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", new Layout("Set up the first administrator", null, null, null));
        params.put("error", error);
        params.put("username", username == null ? "" : username);
        params.put("code", code == null ? "" : code);
        pages.render(ctx, status, "account/setup.jte", params);
    }

    private static String sentence(String message) {
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
