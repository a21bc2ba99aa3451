package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header line of a key-question or prompt table: its columns ("Relevant cases", "Number
 * 'Yes'", "% 'Yes'", or both counts in one column, "Number 'Yes' of relevant cases") and the
 * cases it is "Of" ("Of the 8 cases inspected", "Of the 5 court cases with ..."). The first cell
 * may name the rows instead ("Key question"). A header printed without cell separators is read
 * word by word.
 */
final class FigureTableHeader {
    private static final Pattern BASE = Pattern.compile("(?i)^of\\s+(?:the|all)\\s+(\\w+(?:-\\w+)?)\\s+"
            + "(?:[\\w'-]+\\s+){0,4}?cases?\\b.*$");
    private static final Pattern BASE_PREFIX = Pattern.compile("(?i)^of\\s+(?:the|all)\\s+(\\w+(?:-\\w+)?)\\s+"
            + "(?:[\\w'-]+\\s+){0,4}?cases?\\b(?:\\s+inspected)?\\s*:?");
    /** A first cell naming the rows rather than a column: "Key question", "Prompts", "Standard". */
    private static final Pattern ROW_LABEL = Pattern.compile("(?i)^(?:key\\s+questions?|questions?|prompts?|standard"
            + "|in\\s+cases\\s+inspected)\\s*:?$");
    /** The column names in order, for a header printed without cell separators. */
    private static final Pattern COLUMN_NAME = Pattern.compile("(?i)\\s*((?:number\\s+of\\s+|no\\.?\\s+of\\s+)?relevant\\s+cases"
            + "|(?:number|no\\.?|count)(?:\\s+of)?(?:\\s+cases)?\\s+'?yes'?(?:\\s+cases)?(?:\\s+of\\s+relevant(?:\\s+cases)?)?"
            + "|(?:%|per\\s?cent(?:age)?)(?:\\s+of\\s+cases)?\\s*'?yes'?(?:\\s*\\([^)]{0,30}\\))?)");

    private FigureTableHeader() {
    }

    static Optional<FigureTable.Header> read(Line line, int index) {
        String lower = line.plain().toLowerCase(Locale.ROOT);
        if (!lower.contains("yes") && !lower.contains("relevant")) {
            return Optional.empty();
        }
        List<String> cells = line.cells();
        if (cells.size() < 2) {
            return untabbedHeader(line.plain(), index);
        }
        List<FigureTable.Column> columns = new ArrayList<>();
        for (int c = 1; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            Optional<FigureTable.Column> column = column(cells.get(c));
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.add(column.get());
        }
        String first = cells.get(0);
        Optional<FigureTable.Column> firstColumn = column(first);
        firstColumn.ifPresent(c -> columns.add(0, c));
        Matcher base = BASE.matcher(first);
        boolean label = first.isEmpty() || firstColumn.isPresent() || base.matches() || ROW_LABEL.matcher(first).matches();
        if (columns.isEmpty() || !label) {
            return Optional.empty();
        }
        Integer count = base.matches() ? NumberWords.parse(base.group(1)).orElse(null) : null;
        return Optional.of(new FigureTable.Header(index, count, columns));
    }

    /**
     * The cases a header's table is "Of", printed on the line above it ("Of the 4 cases
     * inspected:" and "Number 'Yes'" one to a line, as text read cell by cell gives them).
     */
    static FigureTable.Header withBaseAbove(FigureTable.Header header, ReportText text, int index) {
        if (header.base() != null) {
            return header;
        }
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            Line above = text.get(i);
            if (above.blank()) {
                continue;
            }
            Matcher base = BASE.matcher(above.plain());
            if (!above.hasCells() && base.matches() && above.plain().length() < 80) {
                return new FigureTable.Header(header.index(), NumberWords.parse(base.group(1)).orElse(null),
                        header.columns());
            }
            return header;
        }
        return header;
    }

    /** "Of the 8 cases inspected Relevant cases Number 'Yes'" on one line with no cells: read in order. */
    private static Optional<FigureTable.Header> untabbedHeader(String plain, int index) {
        String rest = plain.replace('"', '\'');
        Integer count = null;
        Matcher base = BASE_PREFIX.matcher(rest);
        if (base.lookingAt()) {
            count = NumberWords.parse(base.group(1)).orElse(null);
            rest = rest.substring(base.end());
        } else {
            rest = rest.replaceFirst("(?i)^\\s*(?:key\\s+questions?|questions?|prompts?)\\s*:?", "");
        }
        List<FigureTable.Column> columns = new ArrayList<>();
        Matcher name = COLUMN_NAME.matcher(rest);
        int at = 0;
        while (at < rest.length() && name.find(at) && name.start() == at) {
            column(name.group(1)).ifPresent(columns::add);
            at = name.end();
        }
        if (columns.isEmpty() || !rest.substring(at).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FigureTable.Header(index, count, columns));
    }

    private static Optional<FigureTable.Column> column(String cell) {
        String c = cell.toLowerCase(Locale.ROOT).replace("\"", "'").replaceAll("\\s+", " ").strip();
        if (c.matches(".*\\byes\\b.*\\b(?:of|/|out of)\\b.*\\brelevant\\b.*")) {
            return Optional.of(FigureTable.Column.COUNTS);
        }
        if (c.contains("relevant cases")) {
            return Optional.of(FigureTable.Column.RELEVANT);
        }
        if (c.matches("^(?:number|no\\.?|count)\\b.*\\byes\\b.*") || c.matches("^'?yes'? cases$")) {
            return Optional.of(FigureTable.Column.YES);
        }
        if (c.matches("^(?:%|per\\s?cent(?:age)?)\\s*(?:of\\s+cases\\s*)?'?\\s*yes\\s*'?\\s*(?:\\(.{0,30}\\))?$")
                || c.matches("^'?yes'?\\s*(?:%|\\(%\\)|per\\s?cent)$")) {
            return Optional.of(FigureTable.Column.PERCENT);
        }
        return Optional.empty();
    }
}
