package org.yjinspect.secondreading.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.secondreading.app.SecondReadingRecords.Saved;
import org.yjinspect.secondreading.app.SecondReadingRecords.StoredAnswer;

/**
 * A second reading's answers and its submission, under the chosen case's row lock: compare the
 * revision, refuse a submitted reading, then change. The answers are not audited one by one: the
 * audit trail is read by the lead and the panel, who may not see a second reading before both
 * readings are submitted; the submission is audited, and so is every settlement made from it.
 */
final class AnswerWrites {
    private AnswerWrites() {
    }

    static Saved save(Handle h, long inspectionId, long sampleCaseId, int baseRevision, List<StoredAnswer> set,
                      List<StoredAnswer> cleared, Actor actor) {
        Saved found = check(Choices.locked(h, inspectionId, sampleCaseId), baseRevision);
        if (found != Saved.SAVED) {
            return found;
        }
        for (StoredAnswer a : set) {
            h.createUpdate("insert into second_reading_answer (sample_case_id, level, item_id, inspection_id,"
                            + " standard_number, key_question_id, answer) values (:c, :l, :item, :i, :s, :kq, :a)"
                            + " on conflict (sample_case_id, level, item_id) do update set answer = excluded.answer")
                    .bind("c", sampleCaseId).bind("l", a.level().name()).bind("item", a.itemId()).bind("i", inspectionId)
                    .bind("s", a.standardNumber()).bind("kq", a.keyQuestionId()).bind("a", a.answer()).execute();
        }
        for (StoredAnswer a : cleared) {
            h.createUpdate("delete from second_reading_answer where sample_case_id = :c and level = :l and item_id = :item")
                    .bind("c", sampleCaseId).bind("l", a.level().name()).bind("item", a.itemId()).execute();
        }
        h.createUpdate("update second_reading_case set status = 'IN_PROGRESS', revision = revision + 1,"
                + " updated_by = :by, updated_at = now() where sample_case_id = :c")
                .bind("by", actor.name()).bind("c", sampleCaseId).execute();
        return Saved.SAVED;
    }

    static Saved submit(Handle h, AuditLog audit, long inspectionId, long sampleCaseId, String reference,
                        int baseRevision, Actor actor) {
        Map<String, Object> row = Choices.locked(h, inspectionId, sampleCaseId);
        Saved found = check(row, baseRevision);
        if (found != Saved.SAVED) {
            return found;
        }
        h.createUpdate("update second_reading_case set status = 'SUBMITTED', revision = revision + 1,"
                + " updated_by = :by, updated_at = now(), submitted_at = now() where sample_case_id = :c")
                .bind("by", actor.name()).bind("c", sampleCaseId).execute();
        audit.record(new AuditLog.Scope(sampleCaseId, null), JdbiSecondReadingRecords.ENTITY, reference, "status",
                row.get("status"), "SUBMITTED");
        h.createQuery("select reveal_second_reading(:c, :by)").bind("c", sampleCaseId).bind("by", actor.name())
                .mapTo(Boolean.class).one();
        return Saved.SAVED;
    }

    private static Saved check(Map<String, Object> row, int baseRevision) {
        if (row == null) {
            return Saved.GONE;
        }
        if ("SUBMITTED".equals(row.get("status"))) {
            return Saved.SUBMITTED;
        }
        return ((Number) row.get("revision")).intValue() == baseRevision ? Saved.SAVED : Saved.STALE;
    }
}
