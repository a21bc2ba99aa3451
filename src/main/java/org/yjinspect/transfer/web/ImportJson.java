package org.yjinspect.transfer.web;

import java.util.Map;
import java.util.TreeMap;
import org.yjinspect.transfer.app.ImportedInspection;

/** The answer to an import: the new inspection, where it came from, whether it is published, and what it holds. */
public record ImportJson(long inspectionId, String location, long sourceInspectionId, boolean published,
                         Map<String, Integer> records) {
    public static ImportJson of(ImportedInspection imported) {
        return new ImportJson(imported.inspectionId(), "/api/inspections/" + imported.inspectionId(),
                imported.sourceInspectionId(), imported.published(), new TreeMap<>(imported.records()));
    }
}
