package org.yjinspect.comparison.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.framework.domain.FrameworkVersion;

class SpreadChartsTest {
    private final PercentSpread planning = PercentSpread.of(FrameworkVersion.V2021, "2.2.child-safety",
            HeldLibrary.heldInspections());

    @Test
    void theTextAlternativeSaysEveryFigureThePictureShows() {
        SpreadChart chart = SpreadCharts.of("c", "Planning", List.of(new SpreadCharts.Line("Child's safety (n=3)",
                planning, Optional.of(58), "This inspection")));
        assertTrue(chart.description().endsWith("Child's safety (n=3): 3 published inspections, lowest 39%, lower"
                + " quartile 55%, median 71%, upper quartile 73%, highest 75%. This inspection: 58%."), chart.description());
        SpreadChart.Row row = chart.rows().get(0);
        // 39% of a 420-unit plot that starts at 200: 200 + 163.8.
        assertEquals(363.8, row.box().minX(), 1e-9);
        assertEquals(200 + 4.2 * 71, row.box().medianX(), 1e-9);
        assertEquals(200 + 4.2 * 58, row.live().x(), 1e-9);
        assertEquals(3, row.dots().size());
    }

    @Test
    void aRowWithoutFiguresHasNoBoxAndSaysSo() {
        PercentSpread none = PercentSpread.of(FrameworkVersion.V2021, "2.2.child-safety", List.of());
        SpreadChart chart = SpreadCharts.of("c", "Planning", List.of(new SpreadCharts.Line("2021 (n=0)", none,
                Optional.empty(), "")));
        assertNull(chart.rows().get(0).box());
        assertNull(chart.rows().get(0).live());
        assertTrue(chart.description().endsWith("2021 (n=0): no published figure."));
    }

    @Test
    void ratingBarsSayTheCountsInWords() {
        RatingBars bars = RatingBars.of("r", "Planning", RatingTally.of(FrameworkVersion.V2021, "2.2",
                HeldLibrary.heldInspections()));
        assertEquals("Of 3 published 2021 inspections: Outstanding 0, Good 0, Requires improvement 2, Inadequate 1,"
                + " not rated 0.", bars.description());
        // Requires improvement is the longest bar: the whole plot.
        assertEquals(400, bars.bars().get(2).width(), 1e-9);
        assertEquals(200, bars.bars().get(3).width(), 1e-9);
    }
}
