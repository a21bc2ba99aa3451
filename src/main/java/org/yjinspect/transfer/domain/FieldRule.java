package org.yjinspect.transfer.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;
import org.yjinspect.caseload.domain.CaseFieldRules;
import org.yjinspect.caseload.domain.InvalidCaseField;
import org.yjinspect.platform.input.CalendarDate;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.SafeText;

/**
 * The rule every value of the document passes, by its field's kind: text by the same
 * {@link TextRule} as every other input, case references and case managers by the caseload's own
 * rules, dates as {@code yyyy-mm-dd}, times as ISO-8601 with an offset, numbers within the
 * field's bounds. The result is the value as stored, or the refusal naming the place, the value
 * and the expected form.
 */
public final class FieldRule {
    /** A value as it will be stored, or why it is refused (then the value is null). */
    public record Checked(Object value, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** What a value that is a JSON object or list is read as: never a field's value. */
    public static final Object NESTED = new Object();

    private FieldRule() {
    }

    /** {@code raw}: a String, Long, BigDecimal, Boolean, null or {@link #NESTED}, as the document held it. */
    public static Checked check(String path, DocumentField field, Object raw) {
        if (raw == null) {
            return field.nullable() ? new Checked(null, null)
                    : refused(path + ": null is not allowed here; expected " + form(field));
        }
        return switch (field.kind()) {
            case TEXT, NAME -> text(path, field, raw);
            case CODE -> code(path, field, raw);
            case CASE_REFERENCE, CASE_MANAGER -> caseText(path, field, raw);
            case DATE -> raw instanceof String s && CalendarDate.parse(s).isPresent()
                    ? new Checked(CalendarDate.parse(s).get(), null)
                    : refused(path + ": " + (raw instanceof String s ? CalendarDate.refusal(s) : shown(raw)
                    + " is not a date; expected " + form(field)));
            case TIMESTAMP -> timestamp(path, field, raw);
            case WHOLE -> raw instanceof Long n && n >= field.least() && n <= field.most() ? new Checked(n, null)
                    : refused(path + ": " + shown(raw) + " is not " + form(field));
            case DECIMAL -> decimal(path, field, raw);
            case YES_NO -> raw instanceof Boolean b ? new Checked(b, null)
                    : refused(path + ": " + shown(raw) + " is not " + form(field));
        };
    }

    /** The expected form of a field's value, in words. */
    public static String form(DocumentField field) {
        return switch (field.kind()) {
            case TEXT -> "plain text of at most " + field.longest() + " characters";
            case NAME -> "one line of text of at most " + field.longest() + " characters";
            case CODE -> "one of " + String.join(", ", new TreeSet<>(field.codes()));
            case CASE_REFERENCE -> "a case reference (up to 40 letters, digits and . / _ - with a digit)";
            case CASE_MANAGER -> "a case manager's name or staff code";
            case DATE -> "a date, " + CalendarDate.FORM;
            case TIMESTAMP -> "a time such as 2024-11-04T09:30:00Z";
            case WHOLE -> "a whole number from " + field.least() + " to " + field.most();
            case DECIMAL -> "a number from 0 to " + field.most() + " with at most two decimals";
            case YES_NO -> "true or false";
        };
    }

    private static Checked text(String path, DocumentField field, Object raw) {
        if (!(raw instanceof String s)) {
            return refused(path + ": " + shown(raw) + " is not text; expected " + form(field));
        }
        TextRule rule = field.kind() == FieldKind.NAME ? TextRule.NAME : TextRule.FREE_TEXT;
        String value = TextRule.cleaned(s);
        boolean required = field.kind() == FieldKind.NAME || field.least() > 0;
        return rule.refusal(path, value, field.longest(), required).map(FieldRule::refused)
                .orElse(new Checked(value, null));
    }

    private static Checked code(String path, DocumentField field, Object raw) {
        return raw instanceof String s && field.codes().contains(s) ? new Checked(s, null)
                : refused(path + ": " + shown(raw) + " is not " + form(field));
    }

    private static Checked caseText(String path, DocumentField field, Object raw) {
        if (!(raw instanceof String s)) {
            return refused(path + ": " + shown(raw) + " is not text; expected " + form(field));
        }
        try {
            return new Checked(field.kind() == FieldKind.CASE_REFERENCE ? CaseFieldRules.reference(s)
                    : CaseFieldRules.caseManager(s), null);
        } catch (InvalidCaseField invalid) {
            return refused(path + ": \"" + SafeText.shown(s) + "\" " + invalid.getMessage());
        }
    }

    private static Checked timestamp(String path, DocumentField field, Object raw) {
        if (raw instanceof String s && s.length() <= 40) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(s);
                if (at.getYear() >= CalendarDate.EARLIEST_YEAR && at.getYear() <= CalendarDate.LATEST_YEAR) {
                    return new Checked(at, null);
                }
            } catch (DateTimeParseException notATime) {
                // refused below, with the form expected
            }
        }
        return refused(path + ": " + shown(raw) + " is not " + form(field));
    }

    private static Checked decimal(String path, DocumentField field, Object raw) {
        BigDecimal n = raw instanceof Long whole ? BigDecimal.valueOf(whole) : raw instanceof BigDecimal d ? d : null;
        boolean fits = n != null && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(field.most())) <= 0
                && n.stripTrailingZeros().scale() <= 2;
        return fits ? new Checked(n, null) : refused(path + ": " + shown(raw) + " is not " + form(field));
    }

    private static String shown(Object raw) {
        if (raw == NESTED) {
            return "an object or list";
        }
        return raw instanceof String s ? "\"" + SafeText.shown(s) + "\"" : SafeText.shown(String.valueOf(raw));
    }

    private static Checked refused(String reason) {
        return new Checked(null, reason);
    }
}
