package org.yjinspect.organisation.page;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.platform.problem.Problem;

/**
 * The fields of one posted form, read as the use cases want them: a figure that is not a
 * number, or a date that is not a real one, is refused naming the field and how to write it. The
 * values as typed are kept, to be shown again on a refused form.
 */
final class FormValues {
    private final Context ctx;
    private final String prefix;
    private final Map<String, String> typed = new LinkedHashMap<>();

    /** A refusal of one field (its id on the page) with what to do. */
    static final class Refused extends RuntimeException {
        final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    FormValues(Context ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
        // Everything typed is kept, read or not, so a refused form shows it all again.
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals("csrf") && !values.isEmpty()) {
                typed.put(id(name), values.get(0));
            }
        });
    }

    String id(String name) {
        return prefix + "-" + name;
    }

    String text(String name) {
        String value = ctx.formParam(name);
        value = value == null ? "" : value;
        typed.put(id(name), value);
        return value;
    }

    int revision() {
        String value = text("baseRevision");
        if (!value.matches("\\d{1,9}")) {
            throw Problem.invalid("this form had no revision: reload the page and make the change again");
        }
        return Integer.parseInt(value);
    }

    BigDecimal decimal(String name, String words, String example) {
        String value = text(name).strip().replace(",", "").replace("£", "").replace("%", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Refused(id(name), "Enter " + words + " as a number, like " + example);
        }
    }

    Integer whole(String name, String words, String example) {
        String value = text(name).strip().replace(",", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new Refused(id(name), "Enter " + words + " as a whole number, like " + example);
        }
        return Integer.valueOf(value);
    }

    LocalDate date(String name, String words) {
        String day = text(name + "-day").strip();
        String month = text(name + "-month").strip();
        String year = text(name + "-year").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            throw new Refused(id(name + "-day"), "Enter " + words + ", like 14 3 2026");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw new Refused(id(name + "-day"), words.substring(0, 1).toUpperCase() + words.substring(1)
                    + " must be a real date, with day, month and year in numbers, like 14 3 2026");
        }
    }

    boolean pressed(String button, String value) {
        return value.equals(ctx.formParam(button));
    }

    Map<String, String> typed() {
        return typed;
    }
}
