package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the key-question and prompt tables of one standard section. A table starts at a header
 * line naming its columns ("Relevant cases", "Number 'Yes'", "% 'Yes'"), optionally "Of the 8
 * cases inspected"; it takes every row of a question and figures that follows, passing over
 * footnotes, page furniture and prose, joining rows broken over lines (and a row whose figures
 * follow it one to a line, as far as the table has columns), and ends at a question
 * heading of its own, the next header or a heading.
 */
final class FigureTableReader {
    private static final Pattern LONE_VALUE = Pattern.compile("^(?:\\d{1,3}\\s*%?|[oO])$");
    private static final Pattern RATING_BASED_ON = Pattern.compile("(?i)\\bbased on the following key\\s+\\w+");

    private FigureTableReader() {
    }

    static List<FigureTable> read(ReportText text, int from, int to) {
        List<FigureTable> tables = new ArrayList<>();
        FigureTable current = null;
        String caption = null;
        int captionLine = -1;
        String pendingQuestion = null;
        int pendingLine = -1;
        boolean filling = false;
        for (int i = from; i < to; i++) {
            Line line = text.get(i);
            if (line.blank()) {
                continue;
            }
            int at = i;
            Optional<FigureTable.Header> header = header(line, i).map(h -> FigureTableHeader.withBaseAbove(h, text, at));
            if (header.isPresent() && !line.hasCells() && current != null && current.rows().isEmpty()
                    && i - current.header().index() <= 4) {
                current = moreColumns(current, header.get());
                tables.set(tables.size() - 1, current);
                continue;
            }
            if (header.isPresent()) {
                // Text read column by column puts a table's first question before its column heads.
                boolean questionFirst = caption != null && valueAfterHeads(text, i + 1, to);
                current = new FigureTable(header.get(), questionFirst ? null : caption);
                tables.add(current);
                pendingQuestion = questionFirst ? caption : null;
                pendingLine = captionLine;
                caption = null;
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
            Optional<Line> untabbed = current == null ? Optional.empty() : untabbedRow(line, current.header());
            if (untabbed.isPresent()) {
                pendingQuestion = row(current, untabbed.get(), pendingQuestion, pendingLine);
                continue;
            }
            if (current != null && lone(plain)) {
                if (pendingQuestion != null) {
                    current.add(new FigureTable.Row(pendingLine, pendingQuestion, List.of(plain)));
                    pendingQuestion = null;
                    filling = true;
                } else if (filling) {
                    filling = current.addToLastRow(plain);
                }
                continue;
            }
            filling = false;
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
                    captionLine = line.number();
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

    /**
     * A row printed without column separators ("Does planning ...? 88% 7"): its question and as
     * many figures as the table has columns. A bare number straight after the question mark, beyond
     * the columns, is a footnote marker.
     */
    private static Optional<Line> untabbedRow(Line line, FigureTable.Header header) {
        Optional<List<String>> split = FigureCell.splitRow(line.plain());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(split.get().subList(1, split.get().size()));
        int columns = header.columns().size();
        while (values.size() > columns && values.get(0).matches("\\d{1,3}")) {
            values.remove(0);
        }
        boolean counted = values.size() == 1 && FigureCell.parse(values.get(0)).map(FigureCell::hasCounts).orElse(false);
        if (values.size() != columns && !counted) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        cells.add(split.get().get(0));
        cells.addAll(values);
        return Optional.of(new Line(line.number(), cells, false, true));
    }

    private static boolean valueFollows(ReportText text, int from, int to) {
        int next = text.nextNonBlank(from, Math.min(to, from + 4));
        return next >= 0 && lone(text.get(next).plain());
    }

    /** A table's column heads printed one to a line ("Relevant cases", then "Number 'Yes'"): one header. */
    private static FigureTable moreColumns(FigureTable table, FigureTable.Header more) {
        FigureTable.Header header = table.header();
        List<FigureTable.Column> columns = new ArrayList<>(header.columns());
        columns.addAll(more.columns());
        return new FigureTable(new FigureTable.Header(header.index(), header.base() != null ? header.base() : more.base(),
                columns), table.caption());
    }

    /** A lone figure follows, past any more column heads. */
    private static boolean valueAfterHeads(ReportText text, int from, int to) {
        int next = text.nextNonBlank(from, to);
        while (next >= 0 && next < from + 8 && !text.get(next).hasCells() && header(text.get(next), next).isPresent()) {
            next = text.nextNonBlank(next + 1, to);
        }
        return next >= 0 && lone(text.get(next).plain());
    }

    /** A figure on a line of its own: "88", "88%", or with its counts ("88% (7/8)"), as text extraction without layout prints a cell. */
    private static boolean lone(String plain) {
        return LONE_VALUE.matcher(plain).matches()
                || plain.length() < 20 && FigureCell.parse(plain).map(FigureCell::hasCounts).orElse(false);
    }

    static Optional<FigureTable.Header> header(Line line, int index) {
        return FigureTableHeader.read(line, index);
    }
}
