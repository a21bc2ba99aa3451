package org.yjinspect.library.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One change to the library, as its own trail keeps it: who added, replaced or removed which
 * inspection and when; for a replacement, what differed (one difference a line).
 */
public record LibraryEvent(long libraryId, String service, YearMonth published, Kind kind, String detail, String actor,
                           Instant at) {
    /** What was done. */
    public enum Kind { ADDED, REPLACED, REMOVED }

    public LibraryEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        detail = detail == null ? "" : detail;
    }
}
