package org.yjinspect.recommendation.app;

import java.time.Instant;
import org.yjinspect.recommendation.domain.Recommendation;

/**
 * A recommendation as the editor shows it: the recommendation, the revision a change is based on
 * (its addressee and words; moving it does not change the revision), and who changed it last.
 */
public record RecommendationLine(Recommendation recommendation, int revision, String updatedBy, Instant updatedAt) {
}
