package org.yjinspect.support;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yjinspect.Application;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.Username;
import org.yjinspect.records.domain.Actor;

/**
 * Accounts for tests, made on first use: a test names a person ("Lowri", "api test") and acts
 * as them through a personal access token. The name becomes a username ("lowri", "api-test").
 */
public final class TestUsers {
    /** A password that passes the policy; tests sign in with it. */
    public static final String PASSWORD = "correct horse battery staple 42";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestUsers() {
    }

    /** The username a test's name for someone becomes. */
    public static String username(String name) {
        String cleaned = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        return cleaned.length() < 2 ? cleaned + "-user" : cleaned;
    }

    /** The account, made now if it does not exist yet. */
    public static Account account(Application app, String name) {
        Username username = new Username(username(name));
        return app.accounts().all().stream().filter(a -> a.username().equals(username.value())).findFirst()
                .orElseGet(() -> app.accounts().create(CreateAccountCommand.of(username.value(), name.strip(),
                        PASSWORD.toCharArray(), false, "test set-up")));
    }

    /** A bearer token of the person's account (one per application and person, made once). */
    public static String token(Application app, String name) {
        String key = System.identityHashCode(app) + "/" + username(name);
        return TOKENS.computeIfAbsent(key, k -> app.tokens().create(account(app, name).principal(), "tests", 30,
                "127.0.0.1").token());
    }

    /** Gives the person roles in an inspection (made by the test set-up, as a lead inspector would). */
    public static void join(Application app, long inspectionId, String name, Role... roles) {
        account(app, name);
        for (Role role : roles) {
            app.team().add(new AddMemberCommand(inspectionId, username(name), role, new Actor("test set-up")));
        }
    }

    /** Allocates a sampled case to the person (who must already assess cases in the inspection), as the lead would. */
    public static void allocate(Application app, long inspectionId, String caseReference, String name) {
        app.team().allocate(new AllocateCommand(inspectionId, caseReference, username(name), new Actor("test set-up")));
    }

    /** The value of an Authorization header that acts as the person. */
    public static String bearer(Application app, String name) {
        return "Bearer " + token(app, name);
    }
}
