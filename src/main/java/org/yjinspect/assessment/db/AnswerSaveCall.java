package org.yjinspect.assessment.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.yjinspect.assessment.app.CaseAssessments.Outcome;
import org.yjinspect.assessment.app.CaseAssessments.Saved;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.KeyQuestionState;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.records.db.InspectionWrites;

/**
 * A prompt answer or key question judgement saved in one round trip: one call of the database
 * function {@code save_case_answer} (V40) in autocommit, on one pooled connection, through plain
 * JDBC (the driver prepares it on the server after a few uses). The function checks the
 * publication lock first, then that the case is still sampled, its status one of those the
 * status rule opens, and the revision; writes the answer, its audit entry and the start of the
 * case; and returns the outcome with the record, the case's status and the key question's state.
 */
final class AnswerSaveCall {
    /** Times come as microseconds since the epoch: cheaper to read than timestamptz text. */
    private static final String SQL = "select outcome, answer, revision, updated_by, case_status,"
            + " case_rework_reason, case_revision, case_updated_by, key_question_answer, prompt_answers,"
            + " inspector_rosh, (extract(epoch from updated_at) * 1000000)::bigint as updated_at,"
            + " (extract(epoch from case_updated_at) * 1000000)::bigint as case_updated_at"
            + " from save_case_answer(?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','))";
    private final DataSource pool;

    AnswerSaveCall(DataSource pool) {
        this.pool = pool;
    }

    <T> Saved<T> save(CaseChange.Answer change, Set<AssessmentStatus> open, Function<ResultSet, T> record) {
        try (Connection c = pool.getConnection(); PreparedStatement call = c.prepareStatement(SQL)) {
            var assessed = change.assessedCase();
            call.setLong(1, assessed.inspectionId());
            call.setLong(2, assessed.sampleCaseId());
            call.setString(3, assessed.reference());
            call.setString(4, change.standardNumber());
            call.setString(5, change.keyQuestionId());
            call.setString(6, change.promptId());
            call.setString(7, change.answerName());
            call.setInt(8, change.baseRevision());
            call.setString(9, change.actor().name());
            call.setString(10, open.stream().map(Enum::name).collect(Collectors.joining(",")));
            try (ResultSet rs = call.executeQuery()) {
                rs.next();
                Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
                T row = rs.getInt("revision") == 0 ? null : record.apply(rs);
                return new Saved<>(outcome, row, status(rs, assessed.sampleCaseId()), state(rs));
            }
        } catch (SQLException e) {
            throw InspectionWrites.translated(e);
        }
    }

    static CaseRecords.PromptAnswerRecord prompt(ResultSet rs, long sampleCaseId, String promptId) {
        return new CaseRecords.PromptAnswerRecord(sampleCaseId, promptId, answer(rs, PromptAnswer.class),
                revision(rs), updatedBy(rs), updatedAt(rs));
    }

    static CaseRecords.KeyQuestionAnswerRecord keyQuestion(ResultSet rs, long sampleCaseId, String keyQuestionId) {
        return new CaseRecords.KeyQuestionAnswerRecord(sampleCaseId, keyQuestionId,
                answer(rs, KeyQuestionAnswer.class), revision(rs), updatedBy(rs), updatedAt(rs));
    }

    private static <E extends Enum<E>> E answer(ResultSet rs, Class<E> type) {
        String answer = column(rs, "answer");
        return answer == null ? null : Enum.valueOf(type, answer);
    }

    private static int revision(ResultSet rs) {
        return Integer.parseInt(column(rs, "revision"));
    }

    private static String updatedBy(ResultSet rs) {
        return column(rs, "updated_by");
    }

    private static Instant updatedAt(ResultSet rs) {
        try {
            return at(rs, "updated_at");
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the saved record", e);
        }
    }

    private static String column(ResultSet rs, String name) {
        try {
            return rs.getString(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the saved record", e);
        }
    }

    private static CaseRecords.CaseStatus status(ResultSet rs, long sampleCaseId) throws SQLException {
        String status = rs.getString("case_status");
        if (status == null || rs.getInt("case_revision") == 0) {
            return CaseRecords.CaseStatus.notStarted(sampleCaseId);
        }
        return new CaseRecords.CaseStatus(sampleCaseId, AssessmentStatus.valueOf(status),
                rs.getString("case_rework_reason"), rs.getInt("case_revision"), rs.getString("case_updated_by"),
                at(rs, "case_updated_at"));
    }

    private static KeyQuestionState state(ResultSet rs) throws SQLException {
        Map<String, PromptAnswer> prompts = new HashMap<>();
        String given = rs.getString("prompt_answers");
        if (given != null) {
            for (String pair : given.split(";")) {
                int eq = pair.lastIndexOf('=');
                prompts.put(pair.substring(0, eq), PromptAnswer.valueOf(pair.substring(eq + 1)));
            }
        }
        String answer = rs.getString("key_question_answer");
        String risk = rs.getString("inspector_rosh");
        return new KeyQuestionState(answer == null ? null : KeyQuestionAnswer.valueOf(answer), prompts,
                risk == null ? null : RiskLevel.valueOf(risk));
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
