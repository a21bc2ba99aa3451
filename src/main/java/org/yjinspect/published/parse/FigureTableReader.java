package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key-question and prompt tables of one standard section. A table starts at a header
 * line naming its columns ("Relevant cases", "Number 'Yes'", "% 'Yes'"), optionally "Of the 8
 * cases inspected"; it takes every row of a question and figures that follows, passing over
 * footnotes, page furniture and prose, joining rows broken over lines, and ends at a question
 * heading of its own, the next header or a heading.
 */
final class FigureTableReader {
    private static final Pattern BASE = Pattern.compile("(?i)^of\\s+the\\s+(\\w+)\\s+cases?\\b.*$");
    private static final Pattern LONE_VALUE = Pattern.compile("^(?:\\d{1,3}\\s*%?|[oO])$");
    private static final Pattern RATING_BASED_ON = Pattern.compile("(?i)\\bbased on the following key\\s+\\w+");

    private FigureTableReader() {
    }

    static List<FigureTable> read(ReportText text, int from, int to) {
        List<FigureTable> tables = new ArrayList<>();
        FigureTable current = null;
        String caption = null;
        String pendingQuestion = null;
        int pendingLine = -1;
        for (int i = from; i < to; i++) {
            Line line = text.get(i);
            if (line.blank()) {
                continue;
            }
            Optional<FigureTable.Header> header = header(line, i);
            if (header.isPresent()) {
                current = new FigureTable(header.get(), caption);
                tables.add(current);
                caption = null;
                pendingQuestion = null;
                continue;
            }
            String plain = line.plain();
            if (RATING_BASED_ON.matcher(plain).find()) {
                current = null;
                caption = FigureTable.KEY_QUESTIONS;
                continue;
            }
            if (line.hasCells()) {
                if (current != null) {
                    pendingQuestion = row(current, line, pendingQuestion, pendingLine);
                }
                continue;
            }
            if (line.footnote()) {
                continue;
            }
            if (current != null && LONE_VALUE.matcher(plain).matches()) {
                if (pendingQuestion != null) {
                    current.add(new FigureTable.Row(pendingLine, pendingQuestion, List.of(plain)));
                    pendingQuestion = null;
                }
                continue;
            }
            if (current != null && Questions.startsLower(plain) && current.lastRowOpen()) {
                current.continueLastRow(plain, List.of());
                continue;
            }
            if (Questions.isQuestion(plain)) {
                if (current != null && valueFollows(text, i + 1, to)) {
                    pendingQuestion = Questions.clean(plain);
                    pendingLine = line.number();
                } else {
                    current = null;
                    caption = Questions.clean(plain);
                }
            }
        }
        return tables;
    }

    /** Adds a row with cells; returns the question still waiting for its figure, if any. */
    private static String row(FigureTable table, Line line, String pending, int pendingLine) {
        String words = line.first();
        List<String> values = line.values();
        if (words.isEmpty()) {
            if (pending != null && !values.isEmpty()) {
                table.add(new FigureTable.Row(pendingLine, pending, values));
                return null;
            }
            return pending;
        }
        if (Questions.startsLower(words) && table.lastRowOpen()) {
            table.continueLastRow(words, values);
            return pending;
        }
        table.add(new FigureTable.Row(line.number(), Questions.clean(words), values));
        return null;
    }

    private static boolean valueFollows(ReportText text, int from, int to) {
        int next = text.nextNonBlank(from, Math.min(to, from + 4));
        return next >= 0 && LONE_VALUE.matcher(text.get(next).plain()).matches();
    }

    static Optional<FigureTable.Header> header(Line line, int index) {
        String lower = line.plain().toLowerCase(Locale.ROOT);
        if (!lower.contains("yes") && !lower.contains("relevant")) {
            return Optional.empty();
        }
        List<FigureTable.Column> columns = new ArrayList<>();
        List<String> cells = line.cells();
        for (int c = 0; c < cells.size(); c++) {
            column(cells.get(c)).ifPresent(columns::add);
        }
        if (columns.isEmpty() || cells.size() < 2 && !line.tabbed()) {
            return Optional.empty();
        }
        Matcher base = BASE.matcher(cells.get(0));
        Integer count = base.matches() ? NumberWords.parse(base.group(1)).orElse(null) : null;
        if (!base.matches() && !cells.get(0).isEmpty() && column(cells.get(0)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FigureTable.Header(index, count, columns));
    }

    private static Optional<FigureTable.Column> column(String cell) {
        String c = cell.toLowerCase(Locale.ROOT).replace("\"", "'");
        if (c.contains("relevant cases")) {
            return Optional.of(FigureTable.Column.RELEVANT);
        }
        if (c.matches("^number\\b.*\\byes\\b.*")) {
            return Optional.of(FigureTable.Column.YES);
        }
        if (c.matches("^(?:%|per\\s?cent(?:age)?)\\s*(?:of\\s+cases\\s*)?'?\\s*yes\\s*'?\\s*$")) {
            return Optional.of(FigureTable.Column.PERCENT);
        }
        return Optional.empty();
    }
}
