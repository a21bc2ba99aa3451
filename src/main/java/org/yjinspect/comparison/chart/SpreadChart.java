package org.yjinspect.comparison.chart;

import java.util.List;

/**
 * Spread strips in SVG user units: the rating bands behind, one row per spread with its
 * published figures as dots, the box from the lower to the upper quartile, the median, the
 * whiskers to the lowest and highest, and the live figure as a marked line where there is one.
 */
public record SpreadChart(String id, String title, String description, int width, int height, List<Band> bands,
                          List<Row> rows, int axisY, List<Tick> ticks) {
    public SpreadChart {
        bands = List.copyOf(bands);
        rows = List.copyOf(rows);
        ticks = List.copyOf(ticks);
    }

    /** A rating band's background from x to x + width, and its name (one or two lines). */
    public record Band(double x, double width, String fill, List<String> labelLines) {
        public Band {
            labelLines = List.copyOf(labelLines);
        }
    }

    /** A row; {@code box} is null when the library has no figure, {@code live} null when there is none to mark. */
    public record Row(double y, String label, List<Dot> dots, Box box, Live live) {
        public Row {
            dots = List.copyOf(dots);
        }
    }

    /** One published inspection's figure. */
    public record Dot(double x, double y) {
    }

    /** Whiskers from minX to maxX, the box from q1X to q3X, the median line at medianX. */
    public record Box(double minX, double q1X, double medianX, double q3X, double maxX, double top, double height) {
        public double boxWidth() {
            return Math.max(1, q3X - q1X);
        }

        public double middle() {
            return top + height / 2;
        }
    }

    /** The live figure: a line at x and its label beside it. */
    public record Live(double x, double top, double bottom, String label, double labelX, String anchor) {
    }

    /** A percentage under the plot. */
    public record Tick(double x, String label) {
    }

    public String alt() {
        return title + ". " + description;
    }
}
