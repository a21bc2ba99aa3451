package org.yjinspect.sampling.app;

import java.util.Map;
import java.util.Optional;
import org.yjinspect.sampling.domain.DrawnSample;

/** Where each inspection's sample is kept. */
public interface Samples {
    /**
     * Stores a drawn sample. Refuses (conflict) if the inspection already has a sample or its
     * caseload changed since {@code caseloadRevision} was read.
     *
     * @param caseIds the stored id of every case, by reference
     */
    void save(long inspectionId, int caseloadRevision, DrawnSample drawn, Map<String, Long> caseIds);

    Optional<StoredSample> find(long inspectionId);

    /**
     * Marks a sampled case as replaced and adds its replacement, recording why. Refuses
     * (conflict) if the sample changed since {@code expectedRevision} was read.
     */
    StoredSample.ReplacementRecord replace(StoredSample sample, StoredSample.SampleCase replaced, long replacementCaseId,
                                           String reason, String matchReason);
}
