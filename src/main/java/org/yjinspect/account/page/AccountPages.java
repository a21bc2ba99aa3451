package org.yjinspect.account.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.app.ChangePasswordCommand;
import org.yjinspect.account.app.PasswordChange;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.SecretToken;
import org.yjinspect.account.domain.Username;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET /account (who you are, your password, your personal access tokens), POST
 * /account/password, POST /account/tokens (the new token is shown on the answer to this POST
 * only: it is never stored, so it cannot be shown after a redirect), POST
 * /account/tokens/{tokenId}/revoke. Forms work without JavaScript; a refusal is shown on the
 * form, field by field.
 */
public final class AccountPages implements Routes {
    private final AccountAdministration accounts;
    private final PersonalTokens tokens;
    private final Pages pages;

    public AccountPages(AccountAdministration accounts, PersonalTokens tokens, Pages pages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/account", ctx -> show(ctx, 200, new ArrayList<>(), Map.of()), Audience.SIGNED_IN);
        routes.post("/account/password", this::changePassword, Audience.SIGNED_IN);
        routes.post("/account/tokens", this::createToken, Audience.SIGNED_IN);
        routes.post("/account/tokens/{tokenId}/revoke", ctx -> {
            tokens.revoke(PrincipalResolver.required(ctx), Requests.id(ctx, "tokenId"), ctx.ip());
            ctx.redirect("/account?done=revoked#tokens", HttpStatus.SEE_OTHER);
        }, Audience.SIGNED_IN);
    }

    private void changePassword(Context ctx) {
        Principal who = PrincipalResolver.required(ctx);
        String current = value(ctx, "currentPassword");
        String replacement = value(ctx, "newPassword");
        List<FormError> errors = new ArrayList<>();
        if (current.isEmpty()) {
            errors.add(new FormError("currentPassword", "Enter your current password"));
        }
        if (replacement.isEmpty()) {
            errors.add(new FormError("newPassword", "Enter a new password"));
        } else if (!replacement.equals(value(ctx, "confirmPassword"))) {
            errors.add(new FormError("confirmPassword",
                    "The two new passwords are different: type the new password again in both"));
        }
        if (errors.isEmpty()) {
            String session = SessionCookie.of(ctx);
            PasswordChange change = accounts.changePassword(new ChangePasswordCommand(who, current.toCharArray(),
                    replacement.toCharArray(), SecretToken.wellFormed(session) ? new SecretToken(session).hash() : null,
                    ctx.ip()));
            if (change.changed()) {
                ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
                return;
            }
            errors.add(new FormError(change.field() == PasswordChange.Field.CURRENT ? "currentPassword" : "newPassword",
                    change.reason()));
        }
        show(ctx, 400, errors, Map.of());
    }

    private void createToken(Context ctx) {
        String name = value(ctx, "tokenName");
        String days = value(ctx, "tokenDays");
        List<FormError> errors = new ArrayList<>();
        if (name.isBlank()) {
            errors.add(new FormError("tokenName",
                    "Enter a name for the token, such as the script or system that will use it"));
        }
        Integer parsed = days.matches("\\d{1,3}") ? Integer.valueOf(days) : null;
        if (parsed == null || parsed < 1 || parsed > PersonalTokens.LONGEST_DAYS) {
            errors.add(new FormError("tokenDays", "Enter how many days the token lasts, a whole number from 1 to "
                    + PersonalTokens.LONGEST_DAYS));
        }
        if (errors.isEmpty()) {
            try {
                PersonalTokens.Created created = tokens.create(PrincipalResolver.required(ctx), name, parsed, ctx.ip());
                ctx.header("Cache-Control", "no-store");
                pages.render(ctx, 200, "account/token-created.jte", Map.of("layout",
                        Frames.of(ctx, "Your new token", Layout.Section.ACCOUNT), "created", created));
                return;
            } catch (Problem refused) {
                errors.add(new FormError("tokenName", refused.getMessage()));
            }
        }
        show(ctx, 400, errors, Map.of("tokenName", name, "tokenDays", days));
    }

    private void show(Context ctx, int status, List<FormError> errors, Map<String, String> values) {
        Principal who = PrincipalResolver.required(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, errors.isEmpty() ? "Your account" : "Error: Your account",
                Layout.Section.ACCOUNT));
        params.put("account", accounts.activeAccount(new Username(who.username())));
        params.put("tokens", tokens.of(who));
        params.put("errors", errors);
        params.put("values", values);
        params.put("done", ctx.queryParam("done") == null ? "" : ctx.queryParam("done"));
        pages.render(ctx, status, "account/account.jte", params);
    }

    private static String value(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }
}
