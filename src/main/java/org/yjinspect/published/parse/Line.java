package org.yjinspect.published.parse;

import java.util.List;

/**
 * One line of normalised report text. {@code cells} are the tab-separated parts, trimmed, with
 * trailing empty cells removed; {@code number} is the 1-based line in the source file;
 * {@code footnote} marks a line that began with a footnote marker; {@code tabbed} marks a line
 * that had a tab in the source (a table row, even if its cells are now empty).
 */
public record Line(int number, List<String> cells, boolean footnote, boolean tabbed) {
    public Line {
        cells = List.copyOf(cells);
    }

    /** The text with cells joined by single spaces. */
    public String plain() {
        return String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** More than one cell: a table row. */
    public boolean hasCells() {
        return cells.size() > 1;
    }

    public String first() {
        return cells.isEmpty() ? "" : cells.get(0);
    }

    public String last() {
        return cells.isEmpty() ? "" : cells.get(cells.size() - 1);
    }

    /** The cells after the first, skipping empty ones. */
    public List<String> values() {
        return cells.size() < 2 ? List.of() : cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty()).toList();
    }

    Line joinedWith(Line next) {
        String joined = (plain() + " " + next.plain()).strip();
        return new Line(number, List.of(joined), footnote, tabbed);
    }
}
