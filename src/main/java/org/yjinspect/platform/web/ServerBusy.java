package org.yjinspect.platform.web;

/** The server cannot take this request now but will shortly: HTTP 503 with Retry-After, as JSON. */
public final class ServerBusy extends RuntimeException {
    private final int retryAfterSeconds;

    public ServerBusy(String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
