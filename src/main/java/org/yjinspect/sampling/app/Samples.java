package org.yjinspect.sampling.app;

import java.util.Map;
import java.util.Optional;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.domain.DrawnSample;
import org.yjinspect.sampling.domain.SampleWork;

/**
 * Where each inspection's sample is kept. Every change goes through the publication lock first
 * and is recorded in the inspection's audit trail with its actor, in the same transaction.
 */
public interface Samples {
    /**
     * Stores a drawn sample. Refuses (conflict) if the inspection already has a sample or its
     * caseload changed since {@code caseloadRevision} was read.
     *
     * @param caseIds the stored id of every case, by reference
     */
    void save(long inspectionId, int caseloadRevision, DrawnSample drawn, Map<String, Long> caseIds, Actor actor);

    Optional<StoredSample> find(long inspectionId);

    /**
     * Marks a sampled case as replaced and adds its replacement, recording why. Refuses
     * (conflict) if the sample changed since it was read.
     */
    StoredSample.ReplacementRecord replace(StoredSample sample, StoredSample.SampleCase replaced, long replacementCaseId,
                                           String reason, String matchReason, Actor actor);

    /** What has been recorded on the sample's cases so far. */
    SampleWork work(StoredSample sample);

    /**
     * Removes the sample (its plan, cases, replacements and any empty assessment records) and
     * records the discard. Waits for writes in flight, then refuses (conflict) if the sample or
     * the work on it is no longer what the decision was based on.
     */
    DiscardedSample discard(StoredSample sample, SampleWork basedOn, String reason, Actor actor);
}
