package org.yjinspect.inspection.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A GOV.UK date input as the form sent it: day, month and year typed separately. It is either
 * empty, a real date, or wrong, with the error the GOV.UK pattern asks for ("must be a real date").
 */
public record DateField(String name, String label, String day, String month, String year) {
    static DateField read(java.util.function.Function<String, String> form, String name, String label) {
        return new DateField(name, label, trimmed(form.apply(name + "-day")), trimmed(form.apply(name + "-month")),
                trimmed(form.apply(name + "-year")));
    }

    public boolean empty() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, if it is one. */
    public Optional<LocalDate> date() {
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** What is wrong with it, in the GOV.UK pattern's words, or empty when it is a real date. */
    Optional<String> error() {
        if (empty()) {
            return Optional.of("Enter the " + label);
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.of("The " + label + " must include a day, a month and a year");
        }
        return date().isPresent() ? Optional.empty()
                : Optional.of("The " + label + " must be a real date, for example 14 10 2024");
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
