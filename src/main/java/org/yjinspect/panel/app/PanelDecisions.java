package org.yjinspect.panel.app;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.rating.domain.Rating;

/** Where the panel's decisions and the publication are kept. */
public interface PanelDecisions {
    /** A recorded panel decision for one standard. */
    record Decision(String standardNumber, Rating rating, String rationale, int revision, String updatedBy,
                    Instant updatedAt) {
    }

    /** When and by whom an inspection was published, and the final ratings as they stood. */
    record Publication(long inspectionId, Instant publishedAt, String publishedBy, int revision, String summary) {
    }

    /** The inspection as publishing sees it: its revision, and its publication if any. */
    record InspectionState(long inspectionId, int revision, Instant publishedAt, String publishedBy) {
    }

    Map<String, Decision> decisions(long inspectionId);

    /** Saves a decision based on {@code baseRevision} (0 for the first), refusing a stale one. */
    Decision decide(long inspectionId, int baseRevision, Actor actor, String standardNumber, Rating rating,
                    String rationale);

    InspectionState state(long inspectionId);

    /** Inside the publishing write: marks the inspection published and records the final ratings. */
    Publication markPublished(long inspectionId, Actor actor, String finalRatings);

    Optional<Publication> publication(long inspectionId);
}
