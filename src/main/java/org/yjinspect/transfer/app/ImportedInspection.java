package org.yjinspect.transfer.app;

import java.util.Map;

/**
 * What an import stored: the new inspection, where it came from, whether it arrived published
 * (and so locked), and how many records of each section.
 */
public record ImportedInspection(long inspectionId, long sourceInspectionId, boolean published,
                                 Map<String, Integer> records) {
    public ImportedInspection {
        records = Map.copyOf(records);
    }
}
