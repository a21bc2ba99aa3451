package org.yjinspect.platform.web;

/**
 * A request the server cannot take as sent, answered with its HTTP status and a message: a
 * path id that is not a number (400), a body that is not JSON (415), too large (413) or
 * of unknown length where one is required (411).
 */
public final class BadRequest extends RuntimeException {
    private final int status;

    public BadRequest(String message) {
        this(400, message);
    }

    private BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static BadRequest unsupportedMediaType(String message) {
        return new BadRequest(415, message);
    }

    public static BadRequest lengthRequired(String message) {
        return new BadRequest(411, message);
    }

    public static BadRequest tooLarge(String message) {
        return new BadRequest(413, message);
    }

    public int status() {
        return status;
    }
}
