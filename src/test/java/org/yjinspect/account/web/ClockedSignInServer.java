package org.yjinspect.account.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.account.app.AccountAudit;
import org.yjinspect.account.app.SignIn;
import org.yjinspect.account.db.JdbiAccounts;
import org.yjinspect.account.db.JdbiSessions;
import org.yjinspect.account.db.JdbiSignInFailures;
import org.yjinspect.account.domain.PasswordHasher;
import org.yjinspect.account.domain.SessionSettings;
import org.yjinspect.platform.web.AccessCheck;
import org.yjinspect.platform.web.WebApp;

/**
 * The account routes wired as {@code Application.web()} wires them (the same stores, principal
 * resolver and access gate) but with a clock the test holds, so that throttling and session
 * limits of minutes or hours can pass at once. Application itself always runs on the system clock.
 */
final class ClockedSignInServer {
    private ClockedSignInServer() {
    }

    static Javalin start(Application app, AccountAudit audit, Clock clock) {
        SignIn signIn = new SignIn(new JdbiAccounts(app.database().jdbi()), new JdbiSessions(app.database().jdbi()),
                new JdbiSignInFailures(app.database().jdbi()), audit, new PasswordHasher(new SecureRandom()),
                SessionSettings.defaults(false), new SecureRandom(), clock);
        PrincipalResolver principals = new PrincipalResolver(signIn, app.tokens());
        AccessGate gate = new AccessGate(app.access(), audit);
        return WebApp.create(new AccessCheck() {
            @Override
            public void identify(Context ctx) {
                principals.attach(ctx);
            }

            @Override
            public void check(Context ctx) {
                gate.check(ctx);
            }
        }, List.of(new AccountRoutes(app.accounts(), signIn))).start(0);
    }
}
