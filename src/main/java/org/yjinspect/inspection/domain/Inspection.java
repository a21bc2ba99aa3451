package org.yjinspect.inspection.domain;

import java.time.Instant;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * A stored inspection. {@code revision} goes up with every change, so a change made from a
 * stale copy can be refused; {@code caseloadRevision} counts caseload imports.
 */
public record Inspection(long id, InspectionDetails details, int revision, int caseloadRevision,
                         Instant createdAt) {
    public FrameworkVersion frameworkVersion() {
        return details.frameworkVersion();
    }
}
