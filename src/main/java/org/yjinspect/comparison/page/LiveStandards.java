package org.yjinspect.comparison.page;

import java.util.List;
import org.yjinspect.comparison.app.InspectionComparison;
import org.yjinspect.comparison.chart.SpreadChart;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;

/** The inspection comparison page's sections: each case-based standard with its chart and its key questions' places. */
public record LiveStandards(List<Section> sections) {
    public LiveStandards {
        sections = List.copyOf(sections);
    }

    /** One standard: its heading, the chart with the live figures marked, and the places in order. */
    public record Section(String number, String heading, SpreadChart chart, List<InspectionComparison.Place> places) {
        public Section {
            places = List.copyOf(places);
        }
    }

    public static LiveStandards of(InspectionComparison compared, Framework framework) {
        return new LiveStandards(framework.standards().stream().filter(Standard::caseBased)
                .map(s -> new Section(s.number(), s.number() + " " + s.name(), ComparisonCharts.live(compared,
                        s.number(), s.name()), compared.places().stream().filter(p -> p.standard().equals(s.number()))
                        .toList())).toList());
    }
}
