package org.yjinspect.published.parse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.Fieldwork;

/**
 * Reads the publication month from the title page ("HM Inspectorate of Probation, February
 * 2022") and the fieldwork dates from wherever the report states them: "Fieldwork completed
 * March 2022", "took place between 21 September and 24 September 2020", "started on 14 March
 * 2022", "beginning on 27 June 2022".
 */
final class DatesParser {
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern PUBLISHED = Pattern.compile("(?i)\\b(?:inspectorate of probation,?|hmi probation,?"
            + "|published(?:\\s+on)?:?)\\s+"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern FIELDWORK_MONTH = Pattern.compile("(?i)\\bfieldwork\\s+(completed|started|began|commenced)"
            + "\\s+(?:in\\s+|on\\s+)?" + MONTH + "\\s+(\\d{4})\\b");
    /** "between 21 September and 24 September 2020", "from 14 to 17 March 2022", "between 3rd-6th June 2019". */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bfieldwork\\b[^.]{0,160}?\\b(?:between|from)\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?\\s*(?:and|to|-|\\u2013)\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})");
    private static final Pattern STARTED_ON = Pattern.compile("(?i)\\bfieldwork\\b[^.]{0,160}?\\b(?:started|began|beginning|"
            + "commenced|starting)\\s+on\\s+(?:\\w+day\\s+)?(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i)^" + MONTH + "\\s+(\\d{4})$");
    private static final int TITLE_PAGE_LINES = 8;
    private static final Pattern SENTENCE = Pattern.compile("[^.]*\\bfieldwork\\b[^.]*\\.?", Pattern.CASE_INSENSITIVE);

    private DatesParser() {
    }

    static Optional<YearMonth> published(ReportText text, int from, int to) {
        for (int i = from; i < Math.min(to, from + 60); i++) {
            String plain = text.get(i).plain();
            String lower = plain.toLowerCase(Locale.ROOT);
            if (!lower.contains("inspectorate") && !lower.contains("published") && !lower.contains("probation")) {
                continue;
            }
            Matcher m = PUBLISHED.matcher(plain);
            if (m.find()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
            }
        }
        return monthAlone(text, from, to);
    }

    /**
     * The title page may print the month on a line of its own under the inspectorate's name
     * ("DECEMBER 2018"): taken only from the first lines of the report, before any prose.
     */
    private static Optional<YearMonth> monthAlone(ReportText text, int from, int to) {
        int seen = 0;
        for (int i = from; i < to && seen < TITLE_PAGE_LINES; i++) {
            Line line = text.get(i);
            if (line.blank()) {
                continue;
            }
            seen++;
            Matcher m = MONTH_ALONE.matcher(line.plain());
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
            }
            if (line.plain().length() > 120) {
                break;
            }
        }
        return Optional.empty();
    }

    static Fieldwork fieldwork(ReportText text, int from, int to) {
        String start = null;
        String end = null;
        List<String> statements = new ArrayList<>();
        for (ReportText.Paragraph p : text.paragraphs(from, to)) {
            String paragraph = p.text();
            if (!paragraph.toLowerCase(Locale.ROOT).contains("fieldwork")) {
                continue;
            }
            Matcher between = BETWEEN.matcher(paragraph);
            Matcher startedOn = STARTED_ON.matcher(paragraph);
            Matcher month = FIELDWORK_MONTH.matcher(paragraph);
            if (between.find() && end == null) {
                String year = between.group(3) != null ? between.group(3) : between.group(6);
                String startMonth = between.group(2) != null ? between.group(2) : between.group(5);
                start = date(between.group(1), startMonth, year);
                end = date(between.group(4), between.group(5), between.group(6));
                statements.add(sentence(paragraph, between.start()));
            } else if (startedOn.find() && (start == null || start.length() < 10)) {
                start = date(startedOn.group(1), startedOn.group(2), startedOn.group(3));
                statements.add(sentence(paragraph, startedOn.start()));
            } else if (month.find()) {
                String yearMonth = YearMonth.of(Integer.parseInt(month.group(3)), month(month.group(2))).toString();
                boolean completed = month.group(1).equalsIgnoreCase("completed");
                if (completed && end == null) {
                    end = yearMonth;
                } else if (!completed && start == null) {
                    start = yearMonth;
                }
                statements.add(month.group().strip());
            }
        }
        return start == null && end == null ? null : new Fieldwork(start, end, String.join("; ", statements.stream()
                .distinct().toList()));
    }

    private static String sentence(String paragraph, int at) {
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return m.group().strip();
            }
        }
        return paragraph.strip();
    }

    private static String date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException e) {
            return YearMonth.of(Integer.parseInt(year), month(month)).toString();
        }
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
