package org.yjinspect.account.page;

import java.util.regex.Pattern;

/**
 * Where to go after signing in: a path on this server (so a link cannot send someone to another
 * site after they sign in), else the list of inspections.
 */
final class NextPage {
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%-]{0,300}");

    private NextPage() {
    }

    static String of(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() && !next.startsWith("/sign-") ? next : "/";
    }
}
