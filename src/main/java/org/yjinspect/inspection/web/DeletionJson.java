package org.yjinspect.inspection.web;

import java.time.Instant;
import java.util.Map;
import org.yjinspect.inspection.app.InspectionDeleted;
import org.yjinspect.inspection.domain.DeletedInspection;

/** The answer to a deletion: what is kept of the inspection, and how many records of each kind went. */
public record DeletionJson(long inspectionId, String serviceName, Instant deletedAt, String deletedBy, String reason,
                           Map<String, Integer> recordsRemoved) {
    public static DeletionJson of(InspectionDeleted deletion) {
        DeletedInspection d = deletion.deleted();
        return new DeletionJson(d.id(), d.serviceName(), d.deletedAt(), d.deletedBy(), d.reason(),
                deletion.removedRecords());
    }
}
