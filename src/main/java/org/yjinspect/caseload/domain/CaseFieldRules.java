package org.yjinspect.caseload.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one raw field of a caseload export. Every text field is treated as hostile: references
 * and case manager names must match narrow patterns, coded fields must be one of the listed
 * values, and no field is echoed back unless the caller chooses to show it.
 */
public final class CaseFieldRules {
    /** A pseudonymous reference: letters, digits and . / _ -, with at least one digit. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}");
    private static final Pattern CASE_MANAGER = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 .'-]{0,59}");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
    public static final int YOUNGEST = 10;
    public static final int OLDEST = 25;

    private CaseFieldRules() {
    }

    public static String reference(String raw) {
        String value = required(CaseField.CASE_REFERENCE, raw);
        if (!REFERENCE.matcher(value).matches() || value.chars().noneMatch(Character::isDigit)) {
            throw new InvalidCaseField(CaseField.CASE_REFERENCE, "must be a pseudonymous reference of up to"
                    + " 40 letters, digits and . / _ - with at least one digit (never a name)");
        }
        return value;
    }

    public static String caseManager(String raw) {
        String value = required(CaseField.CASE_MANAGER, raw);
        if (!CASE_MANAGER.matcher(value).matches()) {
            throw new InvalidCaseField(CaseField.CASE_MANAGER,
                    "must be up to 60 letters, digits, spaces and . ' - (a name or staff code)");
        }
        return value;
    }

    public static <E extends Enum<E> & Vocabulary.Term> E term(CaseField field, Class<E> type, String raw) {
        String value = required(field, raw);
        return Vocabulary.find(type, value).orElseThrow(() ->
                new InvalidCaseField(field, "must be one of: " + Vocabulary.accepted(type)));
    }

    public static org.yjinspect.framework.domain.CaseType caseType(String raw) {
        String value = required(CaseField.CASE_TYPE, raw);
        return CaseTypes.find(value).orElseThrow(() ->
                new InvalidCaseField(CaseField.CASE_TYPE, "must be one of: " + CaseTypes.accepted()));
    }

    public static LocalDate date(CaseField field, String raw) {
        String value = required(field, raw);
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        throw new InvalidCaseField(field, "must be a date written yyyy-mm-dd or dd/mm/yyyy");
    }

    public static LocalDate optionalDate(CaseField field, String raw) {
        return isBlank(raw) ? null : date(field, raw);
    }

    public static Integer optionalAge(String raw) {
        if (isBlank(raw)) {
            return null;
        }
        String value = raw.strip();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < YOUNGEST || Integer.parseInt(value) > OLDEST) {
            throw new InvalidCaseField(CaseField.AGE, "must be a whole number of years from "
                    + YOUNGEST + " to " + OLDEST);
        }
        return Integer.valueOf(value);
    }

    public static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static String required(CaseField field, String raw) {
        if (isBlank(raw)) {
            throw new InvalidCaseField(field, "is required");
        }
        return raw.strip();
    }
}
