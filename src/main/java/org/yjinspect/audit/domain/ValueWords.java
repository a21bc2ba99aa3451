package org.yjinspect.audit.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stored value of the audit trail in inspectors' words: the trail keeps a status, an answer, a
 * risk level or a rating by its stored name ({@code RETURNED_FOR_REWORK}, {@code NOT_APPLICABLE},
 * {@code VERY_HIGH}) and a flag as {@code true}/{@code false}; the history page shows "Returned
 * for rework", "Not applicable", "Very high", "Yes"/"No". Only the fields known to hold such a
 * value are turned into words, so typed text (an evidence note that happens to say TRUE) is shown
 * as written; the API keeps the stored values as they are.
 */
public final class ValueWords {
    /** "entity field" pairs whose values are stored names, as {@code AuditLog.text} writes an enum. */
    static final Set<String> NAMED = Set.of("prompt_answer answer", "key_question_answer answer",
            "case_judgement rosh", "case_judgement safety_wellbeing", "case_assessment status", "sample status",
            "sample_case status", "team member role", "inspection kind", "proposed_rating rating",
            "panel_decision rating", "fieldwork_meeting kind");
    /** "entity field" pairs whose values are yes-or-no flags. */
    static final Set<String> FLAGS = Set.of("case_judgement rosh_agrees", "case_judgement safety_wellbeing_agrees",
            "key_question_evidence good_practice", "staff_survey_result removed", "fieldwork_meeting removed");
    private static final Pattern STORED_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private ValueWords() {
    }

    /** The value in words; "(none)" for no value, and a value of a field not listed as stored. */
    public static String of(String entity, String field, String value) {
        if (value == null) {
            return "(none)";
        }
        String pair = entity + " " + field;
        if (FLAGS.contains(pair) && (value.equals("true") || value.equals("false"))) {
            return value.equals("true") ? "Yes" : "No";
        }
        if (NAMED.contains(pair) && STORED_NAME.matcher(value).matches()) {
            String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }

    /** The value a change replaced, in words. */
    public static String before(AuditEntry entry) {
        return of(entry.entity(), entry.field(), entry.oldValue());
    }

    /** The value a change made, in words. */
    public static String after(AuditEntry entry) {
        return of(entry.entity(), entry.field(), entry.newValue());
    }
}
