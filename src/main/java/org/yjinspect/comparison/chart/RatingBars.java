package org.yjinspect.comparison.chart;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.rating.domain.Rating;

/** Horizontal bars of how many inspections got each rating for a standard, with "not rated" last. */
public record RatingBars(String id, String title, String description, int width, int height, List<Bar> bars) {
    static final double PLOT_X = 170;
    static final double PLOT_WIDTH = 400;
    private static final int ROW = 26;

    public RatingBars {
        bars = List.copyOf(bars);
    }

    /** One rating's bar: its label, count and width; {@code fill} follows the rating's band colour. */
    public record Bar(double y, String label, int count, double width, String fill, double countX) {
    }

    public static RatingBars of(String id, String title, RatingTally tally) {
        int most = Math.max(1, Math.max(tally.notRated(), tally.counts().values().stream().mapToInt(i -> i).max().orElse(0)));
        List<Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        int row = 0;
        for (Rating rating : RatingTally.order()) {
            bars.add(bar(row++, rating.label(), tally.count(rating), most, fill(rating)));
            described.add(rating.label() + " " + tally.count(rating));
        }
        bars.add(bar(row++, "Not rated", tally.notRated(), most, "#b1b4b6"));
        described.add("not rated " + tally.notRated());
        String description = "Of " + tally.n() + " published " + tally.version().label() + " inspections: "
                + String.join(", ", described) + ".";
        return new RatingBars(id, title, description, 620, 8 + ROW * row + 4, bars);
    }

    private static Bar bar(int row, String label, int count, int most, String fill) {
        double width = PLOT_WIDTH * count / most;
        return new Bar(8 + ROW * row, label, count, width, fill, PLOT_X + width + 6);
    }

    private static String fill(Rating rating) {
        return switch (rating) {
            case OUTSTANDING -> "#1d70b8";
            case GOOD -> "#00703c";
            case REQUIRES_IMPROVEMENT -> "#f47738";
            case INADEQUATE -> "#d4351c";
        };
    }

    public String alt() {
        return title + ". " + description;
    }
}
