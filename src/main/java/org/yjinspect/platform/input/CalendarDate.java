package org.yjinspect.platform.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * The one rule for a date given from outside: text written yyyy-mm-dd, a day that exists in the
 * calendar, in the years 1900 to 2100. Nothing else is read as a date: not a number (which a
 * JSON library would take as days since 1970), not 2024-1-5, not 14/10/2024, and not the year 0000
 * a mistyped form produces. Every date of an inspection (announcement, fieldwork, meetings,
 * disposals, births of children now in the youth justice system) falls inside that range.
 */
public final class CalendarDate {
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;
    public static final String FORM = "yyyy-mm-dd";
    private static final Pattern WRITTEN = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    private CalendarDate() {
    }

    /** The date, or a {@link Problem} naming the field, the text and the expected form. */
    public static LocalDate parsed(String field, String text) {
        return parse(text).orElseThrow(() -> Problem.invalid(field + ": " + refusal(text)));
    }

    /** The date, when the text follows the rule. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Why the text is not a date, with the expected form; for a text that {@link #parse} refuses. */
    public static String refusal(String text) {
        String shown = "\"" + SafeText.shown(text) + "\"";
        Matcher m = text == null ? null : WRITTEN.matcher(text);
        if (m == null || !m.matches()) {
            return shown + " is not a date; expected " + FORM + ", for example 2024-10-14";
        }
        int year = Integer.parseInt(m.group(1));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return shown + " is outside the years " + EARLIEST_YEAR + " to " + LATEST_YEAR + "; expected a date"
                    + " between " + EARLIEST_YEAR + "-01-01 and " + LATEST_YEAR + "-12-31";
        }
        return shown + " is not a day in the calendar; expected " + FORM + " with a month from 01 to 12 and a day"
                + " that month has";
    }
}
