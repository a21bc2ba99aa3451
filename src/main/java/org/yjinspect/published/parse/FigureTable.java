package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A key-question or prompt table as printed: its header (the columns and the cases it is "Of"),
 * the question heading it sits under ({@code caption}: a key question for a prompt table, or
 * {@link #KEY_QUESTIONS} for the table a standard's rating "is based on"), and its rows.
 */
final class FigureTable {
    static final String KEY_QUESTIONS = "key questions";

    /** RELEVANT and YES are counts, PERCENT the share of 'Yes' cases, COUNTS both counts in one cell ("7 of 8"). */
    enum Column { RELEVANT, YES, PERCENT, COUNTS }

    record Header(int index, Integer base, List<Column> columns) {
    }

    record Row(int line, String text, List<String> values) {
    }

    private final Header header;
    private final String caption;
    private final List<Row> rows = new ArrayList<>();

    FigureTable(Header header, String caption) {
        this.header = header;
        this.caption = caption;
    }

    Header header() {
        return header;
    }

    String caption() {
        return caption;
    }

    List<Row> rows() {
        return rows;
    }

    void add(Row row) {
        rows.add(row);
    }

    /** The last row is still open when its question has not ended (no question mark yet). */
    boolean lastRowOpen() {
        return !rows.isEmpty() && !Questions.ended(rows.get(rows.size() - 1).text());
    }

    /** A figure printed on a line of its own after the last row's first: added while the row is short of columns. */
    boolean addToLastRow(String value) {
        Row last = rows.get(rows.size() - 1);
        if (last.values().size() >= header.columns().size()) {
            return false;
        }
        List<String> values = new ArrayList<>(last.values());
        values.add(value);
        rows.set(rows.size() - 1, new Row(last.line(), last.text(), values));
        return values.size() < header.columns().size();
    }

    /** Carries a wrapped row's remaining words (and its figures, if the first part had none) into it. */
    void continueLastRow(String words, List<String> values) {
        Row last = rows.remove(rows.size() - 1);
        List<String> kept = last.values().isEmpty() ? values : last.values();
        rows.add(new Row(last.line(), Questions.clean(last.text() + " " + words), kept));
    }
}
