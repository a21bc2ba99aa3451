package org.yjinspect.comparison.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.Quartiles;
import org.yjinspect.rating.domain.Percentages;

/** Lays out a {@link SpreadChart}: rows of spreads, each with the live figure to mark if any. */
public final class SpreadCharts {
    static final int WIDTH = 660;
    static final double PLOT_X = 200;
    static final double PLOT_WIDTH = 420;
    private static final int TOP = 30;
    private static final int ROW = 44;

    private SpreadCharts() {
    }

    /** One row of the chart: its label, the library's spread, and the live percentage to mark (if any). */
    public record Line(String label, PercentSpread spread, Optional<Integer> live, String liveLabel) {
    }

    public static SpreadChart of(String id, String title, List<Line> lines) {
        int axisY = TOP + ROW * lines.size() + 2;
        List<SpreadChart.Row> rows = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            rows.add(row(TOP + ROW * i, line));
            described.add(words(line));
        }
        List<SpreadChart.Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new SpreadChart.Tick(x(p), p + "%"));
        }
        String description = "Each dot is one published inspection's figure; the box runs from the lower to the upper"
                + " quartile, with the median marked. Bands: under 50% Inadequate, 50 to 64% Requires improvement, 65 to"
                + " 79% Good, 80% and over Outstanding. " + String.join(" ", described);
        return new SpreadChart(id, title, description, WIDTH, axisY + 24, bands(), rows, axisY, ticks);
    }

    private static SpreadChart.Row row(double top, Line line) {
        double middle = top + ROW / 2.0 + 4;
        List<SpreadChart.Dot> dots = new ArrayList<>();
        Map<Integer, Integer> stacked = new HashMap<>();
        for (int percent : line.spread().percents()) {
            int level = stacked.merge(percent, 1, Integer::sum) - 1;
            dots.add(new SpreadChart.Dot(x(percent), middle + 9 - 4 * Math.min(level, 5)));
        }
        SpreadChart.Box box = line.spread().quartiles().map(q -> new SpreadChart.Box(x(q.min()), x(q.lowerQuartile()),
                x(q.median()), x(q.upperQuartile()), x(q.max()), middle - 12, 10)).orElse(null);
        SpreadChart.Live live = line.live().map(p -> {
            double at = x(p);
            boolean left = p > 70;
            return new SpreadChart.Live(at, top + 4, top + ROW - 2, line.liveLabel() + " " + p + "%",
                    left ? at - 4 : at + 4, left ? "end" : "start");
        }).orElse(null);
        return new SpreadChart.Row(top, line.label(), dots, box, live);
    }

    static String words(Line line) {
        PercentSpread spread = line.spread();
        String library = spread.quartiles().map(q -> line.label() + ": " + summary(q) + ".")
                .orElse(line.label() + ": no published figure.");
        return library + line.live().map(p -> " " + line.liveLabel() + ": " + p + "%.").orElse("");
    }

    static String summary(Quartiles q) {
        return q.n() + (q.n() == 1 ? " published inspection" : " published inspections") + ", lowest " + q.min()
                + "%, lower quartile " + Percentages.format(q.lowerQuartile()) + ", median "
                + Percentages.format(q.median()) + ", upper quartile " + Percentages.format(q.upperQuartile())
                + ", highest " + q.max() + "%";
    }

    static List<SpreadChart.Band> bands() {
        return List.of(band(0, 50, "#f6d7d2", "Inadequate"), band(50, 65, "#fbe9c8", "Requires", "improvement"),
                band(65, 80, "#dbeedd", "Good"), band(80, 100, "#cfe3f4", "Outstanding"));
    }

    private static SpreadChart.Band band(int from, int to, String fill, String... label) {
        return new SpreadChart.Band(x(from), x(to) - x(from), fill, List.of(label));
    }

    static double x(double percent) {
        return PLOT_X + PLOT_WIDTH * percent / 100;
    }
}
