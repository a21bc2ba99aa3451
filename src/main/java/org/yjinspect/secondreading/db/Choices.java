package org.yjinspect.secondreading.db;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.secondreading.app.SecondReadingRecords.Saved;

/** Choosing, allocating and withdrawing cases, inside the write's transaction, each audited. */
final class Choices {
    private Choices() {
    }

    static Void choose(Handle h, AuditLog audit, long inspectionId, Integer drawNumber, Map<Long, String> references) {
        references.forEach((sampleCaseId, reference) -> {
            int inserted = h.createUpdate("insert into second_reading_case (sample_case_id, inspection_id, draw_number,"
                            + " status, revision, chosen_by) values (:c, :i, :d, 'NOT_STARTED', 0, :by)"
                            + " on conflict (sample_case_id) do nothing")
                    .bind("c", sampleCaseId).bind("i", inspectionId).bind("d", drawNumber).bind("by", audit.actor().name())
                    .execute();
            if (inserted == 1) {
                audit.record(new AuditLog.Scope(sampleCaseId, null), JdbiSecondReadingRecords.ENTITY, reference,
                        "chosen", null, how(drawNumber));
            }
        });
        return null;
    }

    static Saved allocate(Handle h, AuditLog audit, long inspectionId, long sampleCaseId, String reference,
                          String username) {
        Map<String, Object> row = locked(h, inspectionId, sampleCaseId);
        if (row == null) {
            return Saved.GONE;
        }
        if (!"NOT_STARTED".equals(row.get("status"))) {
            return "SUBMITTED".equals(row.get("status")) ? Saved.SUBMITTED : Saved.STALE;
        }
        h.createUpdate("update second_reading_case set second_reader_id = (select id from user_account where"
                        + " username = :u), second_reader_name = :u, updated_by = :by, updated_at = now() where sample_case_id = :c")
                .bind("u", username).bind("by", audit.actor().name()).bind("c", sampleCaseId).execute();
        audit.record(new AuditLog.Scope(sampleCaseId, null), JdbiSecondReadingRecords.ENTITY, reference,
                "second_reader", row.get("second_reader"), username);
        return Saved.SAVED;
    }

    static Saved withdraw(Handle h, AuditLog audit, long inspectionId, long sampleCaseId, String reference) {
        Map<String, Object> row = locked(h, inspectionId, sampleCaseId);
        if (row == null) {
            return Saved.GONE;
        }
        if (!"NOT_STARTED".equals(row.get("status"))) {
            return "SUBMITTED".equals(row.get("status")) ? Saved.SUBMITTED : Saved.STALE;
        }
        h.createUpdate("delete from second_reading_case where sample_case_id = :c").bind("c", sampleCaseId).execute();
        audit.record(new AuditLog.Scope(sampleCaseId, null), JdbiSecondReadingRecords.ENTITY, reference, "chosen",
                how((Integer) row.get("draw_number")), null);
        return Saved.SAVED;
    }

    /** The chosen case's row under its lock, or null when the case is not chosen. */
    static Map<String, Object> locked(Handle h, long inspectionId, long sampleCaseId) {
        return h.createQuery("select r.status, r.revision, r.draw_number, u.username as second_reader from"
                        + " second_reading_case r left join user_account u on u.id = r.second_reader_id"
                        + " where r.sample_case_id = :c and r.inspection_id = :i for update of r")
                .bind("c", sampleCaseId).bind("i", inspectionId).mapToMap().findOne().orElse(null);
    }

    private static String how(Integer drawNumber) {
        return drawNumber == null ? "by hand" : "drawn (draw " + drawNumber + ")";
    }
}
