package org.yjinspect.transfer.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * The document's first fields: what it is ({@link InspectionFormat#FORMAT}, format version), the
 * framework version the inspection is pinned to, and where it came from.
 *
 * @param exportedWith       the exporting yjinspect's version ("yjinspect 0.1.0")
 * @param sourceInspectionId the inspection's id on the server it was exported from
 */
public record DocumentHeader(int formatVersion, FrameworkVersion frameworkVersion, String exportedWith,
                             OffsetDateTime exportedAt, long sourceInspectionId) {
    public DocumentHeader {
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(exportedWith, "exportedWith");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    /** Where the inspection came from, as the import's audit entry says it. */
    public String origin() {
        return "inspection " + sourceInspectionId + " exported by " + exportedWith + " at " + exportedAt;
    }
}
