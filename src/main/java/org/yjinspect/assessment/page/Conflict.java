package org.yjinspect.assessment.page;

import java.time.Instant;

/**
 * One answer someone else changed while this person was answering: what each of them gave,
 * who gave the other and when, and the revision now stored (a "keep mine" saves over it).
 */
public record Conflict(String field, String question, String mine, String theirs, String by, Instant at,
                       int currentRevision) {
    public String when() {
        return Words.when(at);
    }
}
