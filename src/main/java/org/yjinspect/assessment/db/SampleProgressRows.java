package org.yjinspect.assessment.db;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.framework.domain.CaseType;

/** Reads across a whole sample: statuses, progress, the judgements the ratings are tallied from. */
final class SampleProgressRows {
    private SampleProgressRows() {
    }

    static Map<Long, CaseRecords.CaseStatus> statuses(Handle h, long inspectionId) {
        Map<Long, CaseRecords.CaseStatus> statuses = new HashMap<>();
        h.createQuery("select * from case_assessment where inspection_id = :i").bind("i", inspectionId)
                .map((rs, ctx) -> CaseRecordRows.status(rs)).forEach(s -> statuses.put(s.sampleCaseId(), s));
        return statuses;
    }

    static Map<Long, Integer> answeredKeyQuestions(Handle h, long inspectionId) {
        Map<Long, Integer> answered = new HashMap<>();
        h.createQuery("select sample_case_id, count(*) as n from key_question_answer"
                        + " where inspection_id = :i and answer is not null group by sample_case_id").bind("i", inspectionId)
                .map((rs, ctx) -> Map.entry(rs.getLong("sample_case_id"), rs.getInt("n")))
                .forEach(e -> answered.put(e.getKey(), e.getValue()));
        return answered;
    }

    static Map<String, List<KeyQuestionAnswer>> keyQuestionAnswers(Handle h, long inspectionId) {
        Map<String, List<KeyQuestionAnswer>> answers = new HashMap<>();
        h.createQuery("select k.key_question_id, k.answer from key_question_answer k"
                        + " join sample_case s on s.id = k.sample_case_id"
                        + " where k.inspection_id = :i and s.status = 'SELECTED' and k.answer is not null")
                .bind("i", inspectionId).map((rs, ctx) -> Map.entry(rs.getString(1), KeyQuestionAnswer.valueOf(rs.getString(2))))
                .forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return answers;
    }

    static Map<CaseType, Integer> sampledCases(Handle h, long inspectionId) {
        Map<CaseType, Integer> counts = new EnumMap<>(CaseType.class);
        h.createQuery("select s.case_type, count(*) from sample_case s join sample sm"
                        + " on sm.id = s.sample_id where sm.inspection_id = :i and s.status = 'SELECTED' group by s.case_type")
                .bind("i", inspectionId).map((rs, ctx) -> Map.entry(CaseType.valueOf(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

}
