package org.yjinspect.inspection.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.inspection.domain.DeletedInspection;

/** What a deletion did: the record kept of the inspection, and how many records of each kind were removed, in the order they were removed. */
public record InspectionDeleted(DeletedInspection deleted, Map<String, Integer> removedRecords) {
    public InspectionDeleted {
        removedRecords = Collections.unmodifiableMap(new LinkedHashMap<>(removedRecords));
    }
}
