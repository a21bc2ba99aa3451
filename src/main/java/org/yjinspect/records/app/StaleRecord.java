package org.yjinspect.records.app;

/**
 * A write based on a revision that is no longer current: someone else changed the record
 * first. Nothing was saved. {@code current} is the record as it now stands, so the client can
 * show it and let the inspector decide (HTTP 409 with the current state; exit code 2).
 */
public final class StaleRecord extends RuntimeException {
    private final transient Object current;

    public StaleRecord(String message, Object current) {
        super(message, null, false, false);
        this.current = current;
    }

    public Object current() {
        return current;
    }

    /** The standard wording: what was changed, by whom, and which revision the write was based on. */
    public static String message(String what, int baseRevision, int currentRevision, String changedBy) {
        if (currentRevision == 0) {
            return what + " does not exist yet (revision 0); your change was based on revision " + baseRevision
                    + " and was not saved";
        }
        return what + " was changed by " + changedBy + " (now revision " + currentRevision
                + "); your change was based on revision " + baseRevision + " and was not saved. Look at the"
                + " current version and make your change again if it is still needed";
    }
}
