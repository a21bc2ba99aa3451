package org.yjinspect.secondreading.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.secondreading.app.DrawRecord;
import org.yjinspect.secondreading.app.SecondReadingRecords.StoredAnswer;
import org.yjinspect.secondreading.app.SecondReadingRecords.StoredCase;
import org.yjinspect.secondreading.app.Settlement;
import org.yjinspect.secondreading.domain.ReadingState;

/** The reads of the second-reading tables, on the handle in hand. Table names are constants, never input. */
final class SecondReadingRows {
    static final String CASES = "select r.sample_case_id, u.username as second_reader, r.second_reader_name,"
            + " r.status, r.revision, r.draw_number is not null as drawn, r.chosen_by, r.chosen_at, r.updated_by, r.revealed_at is not null"
            + " as revealed, r.first_reader from second_reading_case r left join user_account u"
            + " on u.id = r.second_reader_id where r.inspection_id = :i";
    private static final String SETTLEMENTS = "select sample_case_id, level, item_id, standard_number,"
            + " key_question_id, first_answer, second_answer, agreed_answer, reason, settled_by, settled_at"
            + " from reading_settlement where inspection_id = :i order by settled_at, revision";

    private SecondReadingRows() {
    }

    static List<StoredCase> cases(Handle h, long inspectionId, String where) {
        return h.createQuery(CASES + where + " order by r.sample_case_id").bind("i", inspectionId)
                .map((rs, ctx) -> storedCase(rs)).list();
    }

    static Optional<StoredCase> find(Handle h, long inspectionId, long sampleCaseId) {
        return h.createQuery(CASES + " and r.sample_case_id = :c").bind("i", inspectionId).bind("c", sampleCaseId)
                .map((rs, ctx) -> storedCase(rs)).findOne();
    }

    static Optional<DrawRecord> lastDraw(Handle h, long inspectionId) {
        return h.createQuery("select seed, share_percent, policy, policy_reason, cases, drawn_by, drawn_at from second_reading_draw"
                        + " where inspection_id = :i order by number desc limit 1").bind("i", inspectionId)
                .map((rs, ctx) -> new DrawRecord(rs.getLong("seed"), rs.getInt("share_percent"), rs.getString("policy"),
                        rs.getString("policy_reason"), rs.getInt("cases"), rs.getString("drawn_by"), instant(rs, "drawn_at"))).findOne();
    }

    /** The answers of one of the two tables (second_reading_answer or second_reading_first_answer), by case. */
    static Map<Long, List<StoredAnswer>> answers(Handle h, String table, long inspectionId) {
        Map<Long, List<StoredAnswer>> byCase = new LinkedHashMap<>();
        h.createQuery("select sample_case_id, level, item_id, standard_number, key_question_id, answer from " + table
                        + " where inspection_id = :i order by sample_case_id, level, item_id").bind("i", inspectionId)
                .map((rs, ctx) -> Map.entry(rs.getLong("sample_case_id"), new StoredAnswer(
                        SecondReadItem.Level.valueOf(rs.getString("level")), rs.getString("item_id"),
                        rs.getString("standard_number"), rs.getString("key_question_id"), rs.getString("answer"))))
                .forEach(e -> byCase.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return byCase;
    }

    static Map<Long, List<Settlement>> settlements(Handle h, long inspectionId) {
        Map<Long, List<Settlement>> byCase = new LinkedHashMap<>();
        h.createQuery(SETTLEMENTS).bind("i", inspectionId).map((rs, ctx) -> Map.entry(rs.getLong("sample_case_id"),
                        new Settlement(SecondReadItem.Level.valueOf(rs.getString("level")), rs.getString("item_id"),
                                rs.getString("standard_number"), rs.getString("key_question_id"),
                                rs.getString("first_answer"), rs.getString("second_answer"),
                                rs.getString("agreed_answer"), rs.getString("reason"), rs.getString("settled_by"),
                                instant(rs, "settled_at"))))
                .forEach(e -> byCase.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return byCase;
    }

    private static StoredCase storedCase(ResultSet rs) throws SQLException {
        return new StoredCase(rs.getLong("sample_case_id"), rs.getString("second_reader"),
                rs.getString("second_reader_name"), ReadingState.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getBoolean("drawn"),
                rs.getString("chosen_by"), instant(rs, "chosen_at"), rs.getString("updated_by"),
                rs.getBoolean("revealed"), rs.getString("first_reader"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
