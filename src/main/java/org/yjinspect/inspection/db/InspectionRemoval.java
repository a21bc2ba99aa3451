package org.yjinspect.inspection.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Removes every record that belongs to one inspection, in an order that no foreign key refuses:
 * case assessment and organisation records, panel decisions, the sample, the caseload. The
 * inspection row itself and its audit trail are left to the caller. Table names are constants
 * here, never request input. A new table that belongs to an inspection must be added to
 * {@link #STEPS}; {@code InspectionRemovalTest} fails until it is.
 */
final class InspectionRemoval {
    /** One table, and which of its rows belong to the inspection {@code :id}. */
    record Step(String table, String rowsOfInspection) {
    }

    private static final String OF_SAMPLE = "sample_id in (select id from sample where inspection_id = :id)";
    private static final String OF_INSPECTION = "inspection_id = :id";

    static final List<Step> STEPS = List.of(
            new Step("sample_replacement", OF_SAMPLE),
            new Step("prompt_answer", OF_INSPECTION),
            new Step("key_question_answer", OF_INSPECTION),
            new Step("key_question_evidence", OF_INSPECTION),
            new Step("case_judgement", OF_INSPECTION),
            new Step("case_assessment", OF_INSPECTION),
            new Step("qualitative_evidence", OF_INSPECTION),
            new Step("proposed_rating", OF_INSPECTION),
            new Step("key_data", OF_INSPECTION),
            new Step("staff_survey_result", OF_INSPECTION),
            new Step("fieldwork_meeting", OF_INSPECTION),
            new Step("panel_decision", OF_INSPECTION),
            new Step("sample_case", OF_SAMPLE),
            new Step("sample_plan", OF_SAMPLE),
            new Step("sample", OF_INSPECTION),
            new Step("caseload_case", OF_INSPECTION));

    private InspectionRemoval() {
    }

    /** Deletes the inspection's records; returns how many rows went from each table that had any. */
    static Map<String, Integer> removeRecords(Handle h, long inspectionId) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (Step step : STEPS) {
            int rows = h.createUpdate("delete from " + step.table() + " where " + step.rowsOfInspection())
                    .bind("id", inspectionId).execute();
            if (rows > 0) {
                removed.put(step.table(), rows);
            }
        }
        return removed;
    }
}
