package org.yjinspect.inspection.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.yjinspect.inspection.app.InspectionDeleted;
import org.yjinspect.inspection.domain.DeletedInspection;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.records.db.AuditLog;

/**
 * Deletes an inspection inside a write: removes every record that belongs to it, in an order
 * that no foreign key refuses (case assessment and organisation records, panel decisions, the
 * sample, the caseload), keeps what explains the id in {@code deleted_inspection}, records the
 * deletion in the audit trail (which is kept) and removes the inspection row. Table names are
 * constants here, never request input. A new table that belongs to an inspection must be added
 * to {@link #STEPS}; {@code InspectionRemovalTest} fails until it is.
 */
final class InspectionRemoval {
    /** One table, and which of its rows belong to the inspection {@code :id}. */
    record Step(String table, String rowsOfInspection) {
    }

    private static final String OF_SAMPLE = "sample_id in (select id from sample where inspection_id = :id)";
    private static final String OF_INSPECTION = "inspection_id = :id";

    static final List<Step> STEPS = List.of(
            new Step("sample_replacement", OF_SAMPLE),
            new Step("reading_settlement", OF_INSPECTION),
            new Step("second_reading_first_answer", OF_INSPECTION),
            new Step("second_reading_answer", OF_INSPECTION),
            new Step("second_reading_case", OF_INSPECTION),
            new Step("second_reading_draw", OF_INSPECTION),
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
            new Step("report_recommendation", OF_INSPECTION),
            new Step("report_finding", OF_INSPECTION),
            new Step("contextual_figure", OF_INSPECTION),
            new Step("case_allocation", OF_INSPECTION),
            new Step("inspection_member", OF_INSPECTION),
            new Step("sample_case", OF_SAMPLE),
            new Step("sample_plan", OF_SAMPLE),
            new Step("sample", OF_INSPECTION),
            new Step("caseload_case", OF_INSPECTION));

    private InspectionRemoval() {
    }

    static InspectionDeleted delete(Handle h, AuditLog audit, Inspection inspection, String reason) {
        long id = inspection.id();
        // Exclusive, like publishing: answers being saved finish first, later writes find no inspection.
        h.createQuery("select pg_advisory_xact_lock(5951, cast(:id as int))").bind("id", id).mapTo(String.class).one();
        // Those who were on the team may still read why it went and its trail (docs/access.md).
        h.createUpdate("insert into former_inspection_member (inspection_id, user_id, role) select inspection_id,"
                + " user_id, role from inspection_member where inspection_id = :id on conflict do nothing")
                .bind("id", id).execute();
        Map<String, Integer> removed = removeRecords(h, id);
        Instant at = h.createUpdate("insert into deleted_inspection (id, service_name, kind, framework_version,"
                        + " announcement_date, created_at, deleted_by, reason) select id, service_name, kind,"
                        + " framework_version, announcement_date, created_at, :by, :reason from inspection where id = :id")
                .bind("id", id).bind("by", audit.actor().name()).bind("reason", reason)
                .executeAndReturnGeneratedKeys("deleted_at").mapTo(OffsetDateTime.class).one().toInstant();
        String record = String.valueOf(id);
        audit.record(AuditLog.Scope.INSPECTION, "inspection", record, "deleted_at", null, at);
        audit.record(AuditLog.Scope.INSPECTION, "inspection", record, "deletion_reason", null, reason);
        audit.record(AuditLog.Scope.INSPECTION, "inspection", record, "records_removed", null, removed.isEmpty()
                ? "none" : removed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        h.createUpdate("delete from inspection where id = :id").bind("id", id).execute();
        return new InspectionDeleted(new DeletedInspection(id, inspection.details().serviceName(), at,
                audit.actor().name(), reason), removed);
    }

    /** Deletes the inspection's records; returns how many rows went from each table that had any. */
    private static Map<String, Integer> removeRecords(Handle h, long inspectionId) {
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
