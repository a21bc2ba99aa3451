package org.yjinspect.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, whoever writes it (a route, the router's 404 and 405, an
 * error handler, the web server's own refusal of a malformed request), so that a browser that
 * reaches the API, or a page built on it later, cannot be made to leak case data. Each header is
 * named and explained in docs/security.md.
 */
public final class SecurityHeaders {
    /** A JSON answer needs nothing: no script, style, image, frame, form or base. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'self'";
    /**
     * A page loads only this server's own script, styles and images, never inline script or
     * style, posts its forms only here, and is never framed (docs/security.md).
     */
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'";
    /** One year, this host only: a sibling host on the same domain may not serve TLS yet. */
    public static final String TRANSPORT_SECURITY = "max-age=31536000";
    private static final Map<String, String> ALWAYS = always();

    private SecurityHeaders() {
    }

    private static Map<String, String> always() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", API_POLICY);
        // A JSON answer is never run as script or shown as HTML because a browser guessed its type.
        headers.put("X-Content-Type-Options", "nosniff");
        // URLs carry inspection and case ids: they are not passed on to other sites.
        headers.put("Referrer-Policy", "no-referrer");
        // For browsers older than CSP's frame-ancestors: never inside another site's frame.
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
                + " interest-cohort=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        // Every answer may carry case data about children: no browser, proxy or disk cache keeps it.
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** The headers of every answer; Strict-Transport-Security too when the request came over TLS. */
    public static void apply(boolean overTls, BiConsumer<String, String> header) {
        apply(overTls, false, header);
    }

    /** The same, with the pages' policy when the answer is a page. */
    public static void apply(boolean overTls, boolean page, BiConsumer<String, String> header) {
        ALWAYS.forEach(header);
        if (page) {
            header.accept("Content-Security-Policy", PAGE_POLICY);
        }
        if (overTls) {
            header.accept("Strict-Transport-Security", TRANSPORT_SECURITY);
        }
    }

    /** The headers (name to value) an answer carries, for tests. */
    public static Map<String, String> expected(boolean overTls) {
        Map<String, String> headers = new LinkedHashMap<>();
        apply(overTls, headers::put);
        return headers;
    }
}
