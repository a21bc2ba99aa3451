package org.yjinspect.comparison.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.comparison.app.InspectionComparison;
import org.yjinspect.comparison.app.KeyQuestionComparison;
import org.yjinspect.comparison.app.StandardComparison;
import org.yjinspect.comparison.chart.RatingBars;
import org.yjinspect.comparison.chart.SpreadChart;
import org.yjinspect.comparison.chart.SpreadCharts;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.RatingTally;

/** The charts of the comparison pages, laid out from the use cases' answers. */
public final class ComparisonCharts {
    private ComparisonCharts() {
    }

    public static RatingBars ratings(StandardComparison compared, RatingTally tally) {
        return RatingBars.of("ratings-" + tally.version().label() + "-" + compared.standard().number().replace('.', '-'),
                "Published " + tally.version().label() + " ratings of standard " + tally.standard(), tally);
    }

    /** One chart for a key question: a row for its version, and one for the other's where the mapping allows. */
    public static SpreadChart keyQuestion(KeyQuestionComparison kq) {
        List<SpreadCharts.Line> lines = new ArrayList<>();
        lines.add(line(kq.spread()));
        kq.counterpart().ifPresent(other -> lines.add(line(other)));
        return SpreadCharts.of("spread-" + kq.keyQuestionId().replace('.', '-'),
                kq.name() + ": % 'Yes' across the published inspections", lines);
    }

    /** A standard's key questions as one chart, a row each, for the version asked about. */
    public static SpreadChart standard(StandardComparison compared) {
        List<SpreadCharts.Line> lines = compared.keyQuestions().stream().map(kq -> new SpreadCharts.Line(
                kq.shortName() + " (n=" + kq.spread().n() + ")", kq.spread(), Optional.empty(), "")).toList();
        return SpreadCharts.of("spread-" + compared.standard().number().replace('.', '-'), "Standard "
                + compared.standard().number() + " " + compared.standard().name() + ": each key question's % 'Yes' across"
                + " the published " + compared.tally().version().label() + " inspections", lines);
    }

    /** A standard's key questions with the live figures marked. */
    public static SpreadChart live(InspectionComparison compared, String standard, String standardName) {
        String marked = "This " + compared.kind().label();
        List<SpreadCharts.Line> lines = compared.places().stream().filter(p -> p.standard().equals(standard))
                .map(p -> new SpreadCharts.Line(p.shortName() + " (n=" + p.library().n() + ")", p.library(),
                        p.live().percent(), marked)).toList();
        return SpreadCharts.of("live-" + standard.replace('.', '-'), "Standard " + standard + " " + standardName
                + ": this " + compared.kind().label() + "'s live figures among the published "
                + compared.version().label() + " inspections", lines);
    }

    private static SpreadCharts.Line line(PercentSpread spread) {
        return new SpreadCharts.Line(spread.version().label() + " inspections (n=" + spread.n() + ")", spread,
                Optional.empty(), "");
    }
}
