package org.yjinspect.platform.web;

import java.util.Map;

/**
 * What an HTTP status means for someone using the API, in words they can act on. Used when the
 * web server itself refuses a request before any route sees it (a malformed URL, headers too
 * large) and when the router answers for itself (no such route, method not allowed).
 */
final class StatusWords {
    static final String INTERNAL = "internal error; nothing was changed. See the server log.";
    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(400, "the request could not be read: check the URL (every % must be followed by two hex digits,"
                    + " such as %20) and the headers"),
            Map.entry(404, "not found; docs/api.md lists the routes"),
            Map.entry(405, "this method is not allowed on this path; docs/api.md lists the routes"),
            Map.entry(408, "the request did not arrive in time (the body was shorter than its Content-Length, or"
                    + " the connection stalled); send it again"),
            Map.entry(411, "a Content-Length is required"),
            Map.entry(413, "the request is too large"),
            Map.entry(414, "the URL is too long"),
            Map.entry(415, "the body must be JSON sent with Content-Type: application/json"),
            Map.entry(417, "the Expect header cannot be met; send the request without it"),
            Map.entry(431, "the request headers are too large (at most 8 KB in all)"),
            Map.entry(500, INTERNAL),
            Map.entry(501, "this method is not supported"),
            Map.entry(503, "the server is busy or shutting down; try again shortly"),
            Map.entry(505, "only HTTP/1.1 and HTTP/2 are supported"));

    private StatusWords() {
    }

    static String of(int status) {
        String words = WORDS.get(status);
        if (words != null) {
            return words;
        }
        return status >= 500 ? "the server could not answer (HTTP " + status + "); try again"
                : "the request was refused (HTTP " + status + ")";
    }

    /** The JSON error body {"error": "..."}, written by hand so that it cannot fail. */
    static String json(String message) {
        StringBuilder out = new StringBuilder("{\"error\": \"");
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }
}
