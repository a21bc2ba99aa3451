package org.yjinspect.account.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The synchronizer token of a browser session: a state-changing request made with the session
 * cookie must carry it (header {@value #HEADER}, or the form field {@value #FIELD} on the browser's
 * forms). It is derived from the session's own secret, so every server knows it without storing
 * it, it changes with every new session, and another session's token never matches. A page on
 * another site can neither read it nor set the header.
 */
public final class CsrfToken {
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf";

    private CsrfToken() {
    }

    /** The token of the session whose cookie holds {@code sessionToken}. */
    public static String of(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("yjinspect csrf " + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The token of the request's session, or null when it came without the session cookie. */
    public static String of(Context ctx) {
        String session = SessionCookie.of(ctx);
        return session == null ? null : of(session);
    }

    /** A browser form: url-encoded, or multipart (the caseload upload), whose {@value #FIELD} part Javalin reads alike. */
    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        String lower = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    /** Whether the request carries its own session's token. */
    public static boolean carried(Context ctx) {
        String expected = of(ctx);
        String given = ctx.header(HEADER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(FIELD);
        }
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
