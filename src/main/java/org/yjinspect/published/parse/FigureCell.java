package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One printed figure in a key-question or prompt table, in any of the ways reports print them:
 * a count ("7"), a percentage ("88%", "88 per cent", "88%*" for the driving figure), counts as a
 * fraction ("7/8", "7 of 8", "7 out of 8") or both ("88% (7/8)", "7/8 (88%)"). The letter o
 * printed for a nought is read as 0 and flagged. A percentage with a decimal ("62.5%") is rounded
 * half up, as the reports round.
 */
record FigureCell(Integer count, Integer percent, Integer yes, Integer relevant, boolean ocrNought) {
    private static final String MARK = "[*\\u2020\\u2021]*";
    private static final String PCT = "(\\d{1,3}(?:\\.\\d)?)\\s*(?:%|per\\s?cent)" + MARK;
    private static final String FRACTION = "(\\d{1,4})\\s*(?:/|of|out\\s+of)\\s*(\\d{1,4})";
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,4})" + MARK + "$");
    private static final Pattern PERCENT_FIRST = Pattern.compile("(?i)^" + PCT + "(?:\\s*\\(?\\s*" + FRACTION + "\\s*\\)?)?$");
    private static final Pattern FRACTION_FIRST = Pattern.compile("(?i)^\\(?" + FRACTION + "\\)?(?:\\s*\\(?\\s*" + PCT
            + "\\s*\\)?)?$");
    /** One figure at the end of a line, for tables printed without column separators. */
    static final String ONE = "(?:\\d{1,3}(?:\\.\\d)?\\s?(?:%|per\\s?cent)" + MARK + "(?:\\s*\\(\\d{1,4}\\s*(?:/|of|out of)\\s*\\d{1,4}\\))?"
            + "|\\(?\\d{1,4}\\s*(?:/|out of)\\s*\\d{1,4}\\)?(?:\\s*\\(\\d{1,3}\\s?%\\))?|\\d{1,4}" + MARK + "|[oO])";
    private static final Pattern TRAILING = Pattern.compile("(?i)^(.*?\\?)\\s*((?:" + ONE + ")(?:\\s+(?:" + ONE + "))*)\\s*$");
    private static final Pattern EACH = Pattern.compile("(?i)" + ONE);

    /** The figure a cell prints, or empty if it is not one. */
    static Optional<FigureCell> parse(String value) {
        String v = value.strip().replace("**", "");
        Matcher count = COUNT.matcher(v);
        if (count.matches()) {
            return Optional.of(new FigureCell(Integer.valueOf(count.group(1)), null, null, null, false));
        }
        if (v.equals("o") || v.equals("O")) {
            return Optional.of(new FigureCell(0, null, null, null, true));
        }
        Matcher percentFirst = PERCENT_FIRST.matcher(v);
        if (percentFirst.matches()) {
            return figure(percentFirst.group(1), percentFirst.group(2), percentFirst.group(3));
        }
        Matcher fractionFirst = FRACTION_FIRST.matcher(v);
        if (fractionFirst.matches()) {
            return figure(fractionFirst.group(3), fractionFirst.group(1), fractionFirst.group(2));
        }
        return Optional.empty();
    }

    private static Optional<FigureCell> figure(String percent, String yes, String relevant) {
        Integer p = percent == null ? null : (int) Math.round(Double.parseDouble(percent));
        if (p != null && p > 100) {
            return Optional.empty();
        }
        return Optional.of(new FigureCell(null, p, yes == null ? null : Integer.valueOf(yes),
                relevant == null ? null : Integer.valueOf(relevant), false));
    }

    boolean hasCounts() {
        return yes != null && relevant != null;
    }

    /**
     * A line printed without column separators: the question up to its question mark, then its
     * figures ("Does planning ...? 88% (7/8)"). Empty when the line does not end in figures.
     */
    static Optional<List<String>> splitRow(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.indexOf('?') < 0 || "0123456789%)oO*".indexOf(text.charAt(text.length() - 1)) < 0) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        cells.add(m.group(1).strip());
        Matcher each = EACH.matcher(m.group(2));
        while (each.find()) {
            cells.add(each.group().strip());
        }
        return Optional.of(cells);
    }
}
