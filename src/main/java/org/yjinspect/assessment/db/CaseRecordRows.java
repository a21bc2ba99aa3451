package org.yjinspect.assessment.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;

/** Reading case assessment rows, always through the handle of the transaction in hand. */
final class CaseRecordRows {
    static final String CASES = "select s.id, sm.inspection_id, c.case_reference, s.case_type, c.disposal_type, c.rosh,"
            + " c.safety_wellbeing, s.status from sample_case s join sample sm on sm.id = s.sample_id"
            + " join caseload_case c on c.id = s.case_id";

    private CaseRecordRows() {
    }

    static AssessedCase assessedCase(ResultSet rs) throws SQLException {
        return new AssessedCase(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("case_reference"),
                CaseType.valueOf(rs.getString("case_type")), DisposalType.valueOf(rs.getString("disposal_type")),
                RiskLevel.valueOf(rs.getString("rosh")), RiskLevel.valueOf(rs.getString("safety_wellbeing")),
                "SELECTED".equals(rs.getString("status")));
    }

    static CaseRecords.CaseStatus status(Handle h, long sampleCaseId) {
        return h.createQuery("select * from case_assessment where sample_case_id = :c").bind("c", sampleCaseId)
                .map((rs, ctx) -> status(rs)).findOne().orElse(CaseRecords.CaseStatus.notStarted(sampleCaseId));
    }

    static CaseRecords.CaseStatus status(ResultSet rs) throws SQLException {
        return new CaseRecords.CaseStatus(rs.getLong("sample_case_id"), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("rework_reason"), rs.getInt("revision"), rs.getString("updated_by"), at(rs));
    }

    static CaseRecords.Judgement judgement(Handle h, long sampleCaseId) {
        return h.createQuery("select * from case_judgement where sample_case_id = :c").bind("c", sampleCaseId)
                .map((rs, ctx) -> judgement(rs)).findOne().orElse(CaseRecords.Judgement.none(sampleCaseId));
    }

    static CaseRecords.Judgement judgement(ResultSet rs) throws SQLException {
        return new CaseRecords.Judgement(rs.getLong("sample_case_id"), risk(rs.getString("rosh")),
                (Boolean) rs.getObject("rosh_agrees"), risk(rs.getString("safety_wellbeing")),
                (Boolean) rs.getObject("safety_wellbeing_agrees"), rs.getInt("revision"), rs.getString("updated_by"),
                at(rs));
    }

    static Optional<CaseRecords.PromptAnswerRecord> prompt(Handle h, long sampleCaseId, String promptId) {
        return h.createQuery("select * from prompt_answer where sample_case_id = :c and prompt_id = :p")
                .bind("c", sampleCaseId).bind("p", promptId).map((rs, ctx) -> prompt(rs)).findOne();
    }

    static Optional<CaseRecords.KeyQuestionAnswerRecord> keyQuestion(Handle h, long sampleCaseId, String keyQuestionId) {
        return h.createQuery("select * from key_question_answer where sample_case_id = :c and key_question_id = :k")
                .bind("c", sampleCaseId).bind("k", keyQuestionId).map((rs, ctx) -> keyQuestion(rs)).findOne();
    }

    static Optional<CaseRecords.Evidence> evidence(Handle h, long sampleCaseId, String keyQuestionId) {
        return h.createQuery("select * from key_question_evidence where sample_case_id = :c and key_question_id = :k")
                .bind("c", sampleCaseId).bind("k", keyQuestionId).map((rs, ctx) -> evidence(rs)).findOne();
    }

    static CaseAnswers answers(Handle h, long sampleCaseId) {
        List<CaseRecords.PromptAnswerRecord> prompts = h.createQuery("select * from prompt_answer where sample_case_id = :c")
                .bind("c", sampleCaseId).map((rs, ctx) -> prompt(rs)).list();
        List<CaseRecords.KeyQuestionAnswerRecord> keyQuestions = h.createQuery("select * from key_question_answer"
                + " where sample_case_id = :c").bind("c", sampleCaseId).map((rs, ctx) -> keyQuestion(rs)).list();
        List<CaseRecords.Evidence> evidence = h.createQuery("select * from key_question_evidence where sample_case_id = :c")
                .bind("c", sampleCaseId).map((rs, ctx) -> evidence(rs)).list();
        return new CaseAnswers(status(h, sampleCaseId), judgement(h, sampleCaseId),
                byId(prompts, CaseRecords.PromptAnswerRecord::promptId),
                byId(keyQuestions, CaseRecords.KeyQuestionAnswerRecord::keyQuestionId),
                byId(evidence, CaseRecords.Evidence::keyQuestionId));
    }

    static CaseRecords.PromptAnswerRecord prompt(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer");
        return new CaseRecords.PromptAnswerRecord(rs.getLong("sample_case_id"), rs.getString("prompt_id"),
                answer == null ? null : PromptAnswer.valueOf(answer), rs.getInt("revision"), rs.getString("updated_by"),
                at(rs));
    }

    static CaseRecords.KeyQuestionAnswerRecord keyQuestion(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer");
        return new CaseRecords.KeyQuestionAnswerRecord(rs.getLong("sample_case_id"), rs.getString("key_question_id"),
                answer == null ? null : KeyQuestionAnswer.valueOf(answer), rs.getInt("revision"),
                rs.getString("updated_by"), at(rs));
    }

    static CaseRecords.Evidence evidence(ResultSet rs) throws SQLException {
        return new CaseRecords.Evidence(rs.getLong("sample_case_id"), rs.getString("key_question_id"), rs.getString("note"),
                rs.getBoolean("good_practice"), rs.getInt("revision"), rs.getString("updated_by"), at(rs));
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static RiskLevel risk(String value) {
        return value == null ? null : RiskLevel.valueOf(value);
    }

    private static Instant at(ResultSet rs) throws SQLException {
        return rs.getObject("updated_at", OffsetDateTime.class).toInstant();
    }
}
