package org.yjinspect.report.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The report's wording of dates and numbers, as the published reports print them. */
public final class ReportWords {
    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile("\\S*/\\S*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportWords() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "between 3 November 2024 and 7 November 2024". */
    public static String fieldwork(LocalDate start, LocalDate end) {
        return start.equals(end) ? "on " + date(start) : "between " + date(start) + " and " + date(end);
    }

    public static String percent(double value) {
        return Math.round(value) + "%";
    }

    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A piece of text, and whether it must not be broken across lines. */
    public record Part(String text, boolean whole) {
    }

    /**
     * Splits text so that words joined by a slash ("parents/carers", "victim/s") are kept on one
     * line: a line broken after a slash would print the rest of the word at the start of the next
     * line, where a reader of the text (ours included) takes it for a new line of the table.
     */
    public static java.util.List<Part> unbroken(String text) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = SLASHED.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }

    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
