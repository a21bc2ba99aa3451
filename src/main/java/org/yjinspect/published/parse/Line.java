package org.yjinspect.published.parse;

import java.util.List;
import java.util.Objects;

/**
 * One line of normalised report text. {@code cells} are the tab-separated parts, trimmed, with
 * trailing empty cells removed; {@code number} is the 1-based line in the source file;
 * {@code footnote} marks a line that began with a footnote marker; {@code tabbed} marks a line
 * that had a tab in the source (a table row, even if its cells are now empty).
 */
public final class Line {
    private final int number;
    private final List<String> cells;
    private final boolean footnote;
    private final boolean tabbed;
    private final String plain;

    public Line(int number, List<String> cells, boolean footnote, boolean tabbed) {
        this.number = number;
        this.cells = List.copyOf(cells);
        this.footnote = footnote;
        this.tabbed = tabbed;
        this.plain = String.join(" ", this.cells.stream().filter(c -> !c.isEmpty()).toList());
    }

    public int number() {
        return number;
    }

    public List<String> cells() {
        return cells;
    }

    public boolean footnote() {
        return footnote;
    }

    public boolean tabbed() {
        return tabbed;
    }

    /** The text with cells joined by single spaces. */
    public String plain() {
        return plain;
    }

    public boolean blank() {
        return plain.isEmpty();
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
        return new Line(number, List.of((plain + " " + next.plain).strip()), footnote, tabbed);
    }

    /** This line's words at the start of the next line's first cell: one table row whose first cell was wrapped. */
    Line joinedIntoFirstCell(Line row) {
        java.util.List<String> joined = new java.util.ArrayList<>(row.cells);
        joined.set(0, (plain + " " + row.first()).strip());
        return new Line(number, joined, footnote, true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Line line && line.number == number && line.cells.equals(cells)
                && line.footnote == footnote && line.tabbed == tabbed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, cells, footnote, tabbed);
    }

    @Override
    public String toString() {
        return "Line " + number + ": " + cells + (footnote ? " (footnote)" : "") + (tabbed ? " (tabbed)" : "");
    }
}
