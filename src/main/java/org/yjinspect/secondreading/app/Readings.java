package org.yjinspect.secondreading.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * Turns a reading's stored rows into its answers and back. The classifications are four fields,
 * stored as items: risk_of_serious_harm and safety_wellbeing (a risk level), each with its
 * _agrees flag (true or false), as the first reading's case_judgement has them.
 */
final class Readings {
    static final String RISK = "risk_of_serious_harm";
    static final String WELLBEING = "safety_wellbeing";
    static final String AGREES = "_agrees";
    /** The classification items the agreement compares: the levels, the judgements that drive a reading. */
    static final List<String> CLASSIFICATION_LEVELS = List.of(RISK, WELLBEING);

    private Readings() {
    }

    static Reading of(String reader, ReadingState state, List<SecondReadingRecords.StoredAnswer> rows) {
        Map<String, PromptAnswer> prompts = new LinkedHashMap<>();
        Map<String, KeyQuestionAnswer> keyQuestions = new LinkedHashMap<>();
        Map<String, String> classification = new LinkedHashMap<>();
        for (SecondReadingRecords.StoredAnswer row : rows) {
            switch (row.level()) {
                case PROMPT -> prompts.put(row.itemId(), PromptAnswer.valueOf(row.answer()));
                case KEY_QUESTION -> keyQuestions.put(row.itemId(), KeyQuestionAnswer.valueOf(row.answer()));
                case CLASSIFICATION -> classification.put(row.itemId(), row.answer());
            }
        }
        return new Reading(reader, state, prompts, keyQuestions, new Classification(level(classification.get(RISK)),
                flag(classification.get(RISK + AGREES)), level(classification.get(WELLBEING)),
                flag(classification.get(WELLBEING + AGREES))));
    }

    /** The classification's four fields as rows to set (given) and to clear (null). */
    static void rows(Classification c, List<SecondReadingRecords.StoredAnswer> set,
                     List<SecondReadingRecords.StoredAnswer> cleared) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(RISK, c.riskOfSeriousHarm());
        fields.put(RISK + AGREES, c.riskOfSeriousHarmAgrees());
        fields.put(WELLBEING, c.safetyWellbeing());
        fields.put(WELLBEING + AGREES, c.safetyWellbeingAgrees());
        fields.forEach((item, value) -> (value == null ? cleared : set).add(new SecondReadingRecords.StoredAnswer(
                SecondReadItem.Level.CLASSIFICATION, item, null, null, value == null ? "" : text(value))));
    }

    static List<SecondReadingRecords.StoredAnswer> orEmpty(List<SecondReadingRecords.StoredAnswer> rows) {
        return rows == null ? new ArrayList<>() : rows;
    }

    /** A classification level of a reading as a category name (NONE when not given). */
    static String level(Classification c, String item) {
        RiskLevel level = RISK.equals(item) ? c.riskOfSeriousHarm() : c.safetyWellbeing();
        return level == null ? "NONE" : level.name();
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static RiskLevel level(String text) {
        return text == null ? null : RiskLevel.valueOf(text);
    }

    private static Boolean flag(String text) {
        return text == null ? null : Boolean.valueOf(text);
    }
}
