package org.yjinspect.account.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.account.app.AccountAdministration;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.DisplayName;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.domain.Username;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Routes;

/**
 * User administration, for administrators only (the gate answers anyone else 403): GET /users
 * (every account), GET/POST /users/new (the administrator types the first password and tells
 * the person; nothing is generated, so no secret is ever shown on a page), POST
 * /users/{username}/active (disable or enable), GET/POST /users/{username}/password (reset).
 */
public final class UserPages implements Routes {
    private final AccountAdministration accounts;
    private final Pages pages;

    public UserPages(AccountAdministration accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/users", ctx -> list(ctx, 200, null), Audience.ADMINISTRATORS);
        routes.get("/users/new", ctx -> form(ctx, 200, new ArrayList<>(), Map.of()), Audience.ADMINISTRATORS);
        routes.post("/users/new", this::create, Audience.ADMINISTRATORS);
        routes.post("/users/{username}/active", this::setActive, Audience.ADMINISTRATORS);
        routes.get("/users/{username}/password", ctx -> reset(ctx, 200, new ArrayList<>()), Audience.ADMINISTRATORS);
        routes.post("/users/{username}/password", this::resetPassword, Audience.ADMINISTRATORS);
    }

    private void create(Context ctx) {
        Map<String, String> values = Map.of("username", value(ctx, "username"), "displayName",
                value(ctx, "displayName"), "administrator", value(ctx, "administrator"));
        List<FormError> errors = new ArrayList<>();
        Username username = null;
        try {
            username = new Username(values.get("username"));
        } catch (Problem wrong) {
            errors.add(new FormError("username", values.get("username").isBlank() ? "Enter a username"
                    : wrong.getMessage()));
        }
        try {
            DisplayName.checked(values.get("displayName"));
        } catch (Problem wrong) {
            errors.add(new FormError("displayName", wrong.getMessage()));
        }
        String password = passwords(ctx, errors);
        if (errors.isEmpty()) {
            try {
                accounts.create(new CreateAccountCommand(username, values.get("displayName"), password.toCharArray(),
                        "yes".equals(values.get("administrator")), actor(ctx)));
                ctx.redirect("/users?created=" + username.value(), HttpStatus.SEE_OTHER);
                return;
            } catch (Problem refused) {
                errors.add(new FormError(refused.kind() == Problem.Kind.CONFLICT ? "username" : "password",
                        refused.getMessage()
                        + (refused.kind() == Problem.Kind.CONFLICT ? ": choose another username" : "")));
            }
        }
        form(ctx, 400, errors, values);
    }

    private void setActive(Context ctx) {
        String wanted = value(ctx, "active");
        if (!wanted.equals("true") && !wanted.equals("false")) {
            list(ctx, 400, "Choose Disable or Enable for the account.");
            return;
        }
        Username username = new Username(ctx.pathParam("username"));
        try {
            accounts.setActive(username, wanted.equals("true"), actor(ctx));
        } catch (Problem refused) {
            list(ctx, refused.kind().httpStatus(), FormError.sentence(refused.getMessage()));
            return;
        }
        ctx.redirect("/users?" + (wanted.equals("true") ? "enabled=" : "disabled=") + username.value(),
                HttpStatus.SEE_OTHER);
    }

    private void resetPassword(Context ctx) {
        List<FormError> errors = new ArrayList<>();
        String password = passwords(ctx, errors);
        if (errors.isEmpty()) {
            try {
                accounts.resetPassword(new Username(ctx.pathParam("username")), password.toCharArray(), actor(ctx));
                ctx.redirect("/users?reset=" + new Username(ctx.pathParam("username")).value(), HttpStatus.SEE_OTHER);
                return;
            } catch (Problem refused) {
                if (refused.kind() == Problem.Kind.NOT_FOUND) {
                    throw refused;
                }
                errors.add(new FormError("password", refused.getMessage()));
            }
        }
        reset(ctx, 400, errors);
    }

    /** The new password, typed twice; an error on the form when it is missing or the two differ. */
    private static String passwords(Context ctx, List<FormError> errors) {
        String password = value(ctx, "password");
        if (password.isEmpty()) {
            errors.add(new FormError("password", "Enter a password for the account"));
        } else if (!password.equals(value(ctx, "confirmPassword"))) {
            errors.add(new FormError("confirmPassword",
                    "The two passwords are different: type the password again in both"));
        }
        return password;
    }

    private void list(Context ctx, int status, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, error == null ? "Users" : "Error: Users", Layout.Section.USERS));
        params.put("accounts", accounts.all().stream().sorted(Comparator.comparing(a -> a.username())).toList());
        params.put("error", error);
        params.put("me", PrincipalResolver.required(ctx).username());
        params.put("done", done(ctx));
        pages.render(ctx, status, "account/users.jte", params);
    }

    private void form(Context ctx, int status, List<FormError> errors, Map<String, String> values) {
        pages.render(ctx, status, "account/user-new.jte", Map.of("layout", Frames.of(ctx,
                (errors.isEmpty() ? "" : "Error: ") + "Create an account", null), "errors", errors, "values", values));
    }

    private void reset(Context ctx, int status, List<FormError> errors) {
        Username username = new Username(ctx.pathParam("username"));
        accounts.all().stream().filter(a -> a.username().equals(username.value())).findFirst()
                .orElseThrow(() -> Problem.notFound("there is no account " + username));
        pages.render(ctx, status, "account/user-password.jte", Map.of("layout", Frames.of(ctx,
                (errors.isEmpty() ? "" : "Error: ") + "Reset the password of " + username, null),
                "username", username.value(), "errors", errors));
    }

    private static String done(Context ctx) {
        for (String[] kind : new String[][] {{"created", "The account %s has been created. Tell the person their"
                + " username and password, and ask them to change the password when they first sign in."},
                {"disabled", "The account %s has been disabled: it cannot sign in, and its sessions and tokens no"
                        + " longer work."}, {"enabled", "The account %s has been enabled: it can sign in again."},
                {"reset", "The password of %s has been reset and its sessions ended. Tell the person the new"
                        + " password."}}) {
            String name = ctx.queryParam(kind[0]);
            if (name != null && name.matches("[a-z0-9._-]{2,40}")) {
                return String.format(kind[1], name);
            }
        }
        return null;
    }

    private static String actor(Context ctx) {
        Principal principal = PrincipalResolver.required(ctx);
        return principal.username();
    }

    private static String value(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }
}
