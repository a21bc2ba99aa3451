package org.yjinspect.records.app;

/**
 * A write to an inspection that has been published: the inspection is read-only and nothing
 * was changed (HTTP 423; exit code 2). Raised by the one rule every write passes through.
 */
public final class InspectionLocked extends RuntimeException {
    public InspectionLocked(String message) {
        super(message, null, false, false);
    }
}
