package org.yjinspect.access.app;

import java.util.Locale;
import java.util.regex.Pattern;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.problem.Problem;

/** The checks every team and allocation command shares: ids, usernames, case references, roles. */
public final class TeamNames {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}");

    private TeamNames() {
    }

    static void inspection(long id) {
        Problem.require(id > 0, "an inspection id is a positive number (got " + id + ")");
    }

    /** A username as accounts store it (lower case), or a 400 naming what is allowed. */
    static String username(String given) {
        Problem.require(given != null && !given.isBlank(), "the user's username is required");
        String name = given.trim().toLowerCase(Locale.ROOT);
        Problem.require(USERNAME.matcher(name).matches(), "the username must be 2 to 40 characters: a-z, digits,"
                + " and . _ - after the first");
        return name;
    }

    static String caseReference(String given) {
        Problem.require(given != null && !given.isBlank(), "the case reference is required");
        String ref = given.trim();
        Problem.require(CASE_REFERENCE.matcher(ref).matches(), "a case reference is 1 to 40 letters, digits and"
                + " / . _ - (as in the caseload)");
        return ref;
    }

    /** The role named by {@code given}, or a 400 listing the roles. */
    public static Role role(String given) {
        Role role = Role.named(given);
        Problem.require(role != null, "the role must be one of " + Role.choices());
        return role;
    }
}
