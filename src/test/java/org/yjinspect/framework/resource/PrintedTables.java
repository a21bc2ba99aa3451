package org.yjinspect.framework.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.framework.domain.PrintedWording;

/**
 * Finds the key questions and prompts a report prints in its data tables: a line whose first
 * tab-separated cell is a question (starts with a capital, ends with "?") and that has at least
 * one further non-empty cell (a count, a percentage, or the "% yes" column heading). A cell that
 * the PDF wrapped ("...including access to" / "mainstream services ...?") is joined with its
 * lower-case continuation line, skipping footnotes in between.
 */
final class PrintedTables {
    private static final Pattern STANDARD_HEADING = Pattern.compile("^(?:#+\\s*)?(?:\\*\\*)?([1-4]\\.\\s?[1-4])\\.?\\s+\\S");
    private static final Pattern TABLE_HEADING = Pattern.compile("^Of the (\\d+) cases?\\b");
    private static final int CONTINUATION_REACH = 12;

    private PrintedTables() {
    }

    static List<PrintedRow> rows(List<String> lines) {
        List<PrintedRow> rows = new ArrayList<>();
        String standard = "";
        OptionalInt casesInTable = OptionalInt.empty();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            String first = PrintedWording.normalise(cells[0]);
            Matcher heading = STANDARD_HEADING.matcher(first);
            if (heading.find()) {
                standard = heading.group(1).replace(" ", "");
            }
            Matcher table = TABLE_HEADING.matcher(first);
            if (table.find()) {
                boolean countsRelevantCases = lines.get(i).contains("elevant cases");
                casesInTable = countsRelevantCases ? OptionalInt.of(Integer.parseInt(table.group(1))) : OptionalInt.empty();
            }
            List<String> rest = Arrays.stream(cells).skip(1).map(String::strip).filter(c -> !c.isEmpty()).toList();
            if (rest.isEmpty() || first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
                continue;
            }
            String text = first.endsWith("?") ? first : withContinuation(first, lines, i);
            if (text.endsWith("?")) {
                rows.add(new PrintedRow(i + 1, text, rest, standard, casesInTable));
            }
        }
        return rows;
    }

    /** Joins a wrapped cell with the next text line when that line carries on in lower case. */
    private static String withContinuation(String start, List<String> lines, int index) {
        for (int j = index + 1; j < lines.size() && j <= index + CONTINUATION_REACH; j++) {
            String next = lines.get(j).strip();
            if (next.isEmpty() || isFootnoteOrRule(next)) {
                continue;
            }
            String carried = PrintedWording.normalise(next.split("\t", -1)[0]);
            return !carried.isEmpty() && Character.isLowerCase(carried.charAt(0)) ? start + " " + carried : start;
        }
        return start;
    }

    private static boolean isFootnoteOrRule(String line) {
        return line.startsWith("<sup") || line.startsWith("--") || line.matches("^[\u00b9\u00b2\u00b3\u2070-\u2079]+.*");
    }

    /** Every line that, once normalised, is a question: data-table cells and section headings alike. */
    static List<String> printedQuestions(List<String> lines) {
        List<String> questions = new ArrayList<>();
        rows(lines).forEach(r -> questions.add(r.text()));
        for (String line : lines) {
            String text = PrintedWording.normalise(line.split("\t", -1)[0]);
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.endsWith("?")) {
                questions.add(text);
            }
        }
        return questions;
    }
}
