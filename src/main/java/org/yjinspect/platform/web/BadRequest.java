package org.yjinspect.platform.web;

/** A request whose shape is wrong (unreadable JSON, a path id that is not a number): HTTP 400. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
