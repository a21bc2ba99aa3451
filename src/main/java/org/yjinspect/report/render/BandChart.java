package org.yjinspect.report.render;

import java.util.List;

/**
 * A chart of one standard's key questions against the rating bands, as shapes in SVG user units:
 * the four bands behind, the thresholds (50%, 65%, 80%) as lines, a bar per key question, and
 * the text alternative (title and description) that says everything the picture does.
 */
public record BandChart(String id, String title, String description, int width, int height, List<Band> bands,
                        List<Threshold> thresholds, List<Bar> bars, int axisY, List<Tick> ticks) {
    public BandChart {
        bands = List.copyOf(bands);
        thresholds = List.copyOf(thresholds);
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** A rating band's background, from x to x + width, with its name above (one or two lines). */
    public record Band(double x, double width, String fill, List<String> labelLines, double labelX) {
        public Band {
            labelLines = List.copyOf(labelLines);
        }
    }

    /** A band threshold, drawn as a dashed line at x. */
    public record Threshold(double x, String label) {
    }

    /** A key question's bar, its label on the left and its figure at its end; {@code driving} is drawn darker. */
    public record Bar(double y, double width, double height, String label, String figure, double figureX,
                      String figureFill, boolean driving) {
    }

    /** A percentage on the axis under the plot. */
    public record Tick(double x, String label) {
    }

    public String alt() {
        return title + ". " + description;
    }
}
