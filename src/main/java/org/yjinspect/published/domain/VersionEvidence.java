package org.yjinspect.published.domain;

import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * A sign in the report's content of which framework version it was inspected under.
 * {@code decisive} signs (standard 4.1, the name of 3.4) outweigh circumstantial ones
 * (the publication date, the table layout).
 */
public record VersionEvidence(FrameworkVersion pointsTo, boolean decisive, String sign) {
    public VersionEvidence {
        Objects.requireNonNull(pointsTo, "pointsTo");
        Objects.requireNonNull(sign, "sign");
    }
}
