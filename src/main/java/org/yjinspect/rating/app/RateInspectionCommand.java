package org.yjinspect.rating.app;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.domain.Rating;

/**
 * Rate one inspection from its standards' figures. {@code publishedScore} and
 * {@code publishedOverall}, when given, are the report's own figures to check against.
 */
public record RateInspectionCommand(String service, FrameworkVersion version, List<StandardEntry> standards,
                                    CaseCounts cases, Optional<Integer> publishedScore,
                                    Optional<Rating> publishedOverall) {
    public RateInspectionCommand {
        Objects.requireNonNull(version, "framework version");
        service = service == null ? "" : service.strip();
        standards = List.copyOf(standards);
        cases = cases == null ? CaseCounts.UNKNOWN : cases;
        publishedScore = publishedScore == null ? Optional.empty() : publishedScore;
        publishedOverall = publishedOverall == null ? Optional.empty() : publishedOverall;
        Set<String> seen = new HashSet<>();
        for (StandardEntry entry : standards) {
            if (!seen.add(entry.number())) {
                throw new IllegalArgumentException("standard " + entry.number() + " is given twice");
            }
        }
    }
}
