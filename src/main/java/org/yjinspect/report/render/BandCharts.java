package org.yjinspect.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.report.domain.KeyQuestionLine;
import org.yjinspect.report.domain.StandardChapter;

/**
 * Lays out a standard's {@link BandChart} by hand (stack.md 2.8): no chart library, the same SVG
 * in the browser and in the PDF. Bands follow the published rules: under 50% Inadequate, 50-64%
 * Requires improvement, 65-79% Good, 80% and over Outstanding.
 */
public final class BandCharts {
    static final int WIDTH = 640;
    static final double PLOT_X = 130;
    static final double PLOT_WIDTH = 470;
    private static final int TOP = 34;
    private static final int ROW = 30;
    private static final int BAR = 18;

    private BandCharts() {
    }

    public static BandChart of(StandardChapter standard) {
        List<KeyQuestionLine> rows = standard.keyQuestions();
        int height = TOP + ROW * rows.size() + 30;
        int axisY = TOP + ROW * rows.size() + 4;
        List<BandChart.Band> bands = List.of(band(0, 50, "#f6d7d2", "Inadequate"),
                band(50, 65, "#fbe9c8", "Requires", "improvement"), band(65, 80, "#dbeedd", "Good"),
                band(80, 100, "#cfe3f4", "Outstanding"));
        List<BandChart.Threshold> thresholds = List.of(new BandChart.Threshold(x(50), "50%"),
                new BandChart.Threshold(x(65), "65%"), new BandChart.Threshold(x(80), "80%"));
        List<BandChart.Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyQuestionLine kq = rows.get(i);
            double percent = kq.relevant() == 0 ? 0 : 100.0 * kq.yes() / kq.relevant();
            double width = PLOT_WIDTH * percent / 100;
            String figure = kq.percent().map(p -> p + "%").orElse("no relevant cases");
            // A figure that would run past the plot goes inside the end of its bar, in white.
            boolean inside = width > PLOT_WIDTH - 40;
            double figureX = kq.relevant() == 0 ? PLOT_X + 4 : inside ? PLOT_X + width - 38 : PLOT_X + width + 4;
            bars.add(new BandChart.Bar(TOP + ROW * i + (ROW - BAR) / 2.0, width, BAR, "Key question " + (i + 1), figure,
                    figureX, inside ? "#ffffff" : "#0b0c0c", kq.driving()));
            described.add("key question " + (i + 1) + ", " + words(kq));
        }
        List<BandChart.Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new BandChart.Tick(x(p), p + "%"));
        }
        String title = "Standard " + standard.number() + " " + standard.name() + ": key questions against the rating bands";
        String description = "Bands: under 50% Inadequate, 50 to 64% Requires improvement, 65 to 79% Good, 80% and over"
                + " Outstanding. " + capitalised(String.join("; ", described)) + ".";
        return new BandChart("chart-" + standard.number().replace('.', '-'), title, description, WIDTH, height, bands,
                thresholds, bars, axisY, ticks);
    }

    private static String words(KeyQuestionLine kq) {
        if (kq.relevant() == 0) {
            return "no relevant cases, so no band";
        }
        String band = kq.band().map(Rating::label).orElse("no band");
        return kq.percent().orElseThrow() + "% (" + kq.yes() + " of " + kq.relevant() + " cases), " + band
                + (kq.driving() ? ", the lowest, which drives the rating" : "");
    }

    private static BandChart.Band band(int from, int to, String fill, String... label) {
        return new BandChart.Band(x(from), x(to) - x(from), fill, List.of(label), x(from) + 3);
    }

    static double x(double percent) {
        return PLOT_X + PLOT_WIDTH * percent / 100;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
