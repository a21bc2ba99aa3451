package org.yjinspect.recommendation.app;

import java.util.List;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.records.domain.Actor;

/**
 * Where an inspection's recommendations are kept. The writes run inside a use case's transaction
 * ({@link org.yjinspect.records.app.RecordWrites}) and append the audit trail in it.
 */
public interface RecommendationRecords {
    /** The recommendations not removed, in no particular order. */
    List<RecommendationLine> current(long inspectionId);

    /**
     * The same, for a change: no other change to the inspection's recommendations runs until the
     * transaction ends, so two changes never number the list from the same reading.
     */
    List<RecommendationLine> currentForChange(long inspectionId);

    /** Adds one at {@code position} (renumbered afterwards); returns its id. */
    long insert(long inspectionId, Actor actor, String addressee, String text, int position);

    /** Changes the addressee and words, only from the revision it is at (else {@link org.yjinspect.records.app.StaleRecord}). */
    void change(long inspectionId, Actor actor, long id, int baseRevision, String addressee, String text);

    /** Marks one removed (it keeps its words, loses its position). */
    void remove(long inspectionId, Actor actor, long id);

    /** Stores the positions of a renumbered list, auditing each one that moved. */
    void renumber(long inspectionId, Actor actor, List<Recommendation> numbered);
}
