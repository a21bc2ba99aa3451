package org.yjinspect.caseload.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of one child's case, under the column names a caseload export uses. Nothing else
 * is accepted: no names, addresses or notes.
 */
public enum CaseField {
    CASE_REFERENCE("case_reference", true),
    CASE_TYPE("case_type", true),
    DISPOSAL_TYPE("disposal_type", true),
    DISPOSAL_START_DATE("disposal_start_date", true),
    RELEASE_DATE("release_date", false),
    GENDER("gender", true),
    ETHNICITY("ethnicity", true),
    DATE_OF_BIRTH("date_of_birth", false),
    AGE("age", false),
    ROSH("rosh", true),
    SAFETY_WELLBEING("safety_wellbeing", true),
    CASE_MANAGER("case_manager", true);

    private final String column;
    private final boolean required;

    CaseField(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    public String column() {
        return column;
    }

    /** Whether the column must be in every export (date of birth or age: one of the two). */
    public boolean required() {
        return required;
    }

    public static Optional<CaseField> forColumn(String header) {
        String wanted = Vocabulary.normalise(header).replace(' ', '_');
        return Arrays.stream(values()).filter(f -> f.column.equals(wanted)).findFirst();
    }
}
