package org.yjinspect.secondreading.db;

import org.jdbi.v3.core.Handle;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.secondreading.app.Settlement;

/** A settlement, appended with the next revision for its item and audited with the answer it replaces. */
final class Settlements {
    private static final String ENTITY = "reading_settlement";

    private Settlements() {
    }

    static Settlement insert(Handle h, AuditLog audit, long inspectionId, long sampleCaseId, String reference,
                             Settlement s) {
        String before = h.createQuery("select agreed_answer from reading_settlement where sample_case_id = :c"
                        + " and level = :l and item_id = :item order by revision desc limit 1")
                .bind("c", sampleCaseId).bind("l", s.level().name()).bind("item", s.itemId()).mapTo(String.class)
                .findOne().orElse(null);
        java.time.OffsetDateTime at = h.createQuery("insert into reading_settlement (sample_case_id, level, item_id,"
                        + " revision, inspection_id, standard_number, key_question_id, first_answer, second_answer,"
                        + " agreed_answer, reason, settled_by) select :c, :l, :item, coalesce(max(revision), 0) + 1, :i,"
                        + " :s, :kq, :first, :second, :agreed, :reason, :by from reading_settlement"
                        + " where sample_case_id = :c and level = :l and item_id = :item returning settled_at")
                .bind("c", sampleCaseId).bind("l", s.level().name()).bind("item", s.itemId()).bind("i", inspectionId)
                .bind("s", s.standardNumber()).bind("kq", s.keyQuestionId()).bind("first", s.firstAnswer())
                .bind("second", s.secondAnswer()).bind("agreed", s.agreedAnswer()).bind("reason", s.reason())
                .bind("by", audit.actor().name()).mapTo(java.time.OffsetDateTime.class).one();
        AuditLog.Scope scope = new AuditLog.Scope(sampleCaseId, s.standardNumber());
        String record = reference + " " + s.itemId();
        audit.record(scope, ENTITY, record, "agreed_answer", before, s.agreedAnswer());
        audit.record(scope, ENTITY, record, "reason", null, s.reason());
        return new Settlement(s.level(), s.itemId(), s.standardNumber(), s.keyQuestionId(), s.firstAnswer(),
                s.secondAnswer(), s.agreedAnswer(), s.reason(), audit.actor().name(), at.toInstant());
    }
}
