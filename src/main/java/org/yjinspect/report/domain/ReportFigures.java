package org.yjinspect.report.domain;

import java.util.Optional;

/** How the report prints a count of 'Yes' cases of the relevant cases, the way published reports round. */
public final class ReportFigures {
    private ReportFigures() {
    }

    public static Optional<Long> percent(int yes, int relevant) {
        return relevant == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * yes / relevant));
    }

    /** "88% (7/8)"; "no relevant cases" when none. */
    public static String figure(int yes, int relevant) {
        return percent(yes, relevant).map(p -> p + "% (" + yes + "/" + relevant + ")").orElse("no relevant cases");
    }

    /** "88% (7/8)*" for the key question that drives the rating. */
    public static String marked(int yes, int relevant, boolean driving) {
        Optional<Long> p = percent(yes, relevant);
        if (p.isEmpty()) {
            return "no relevant cases";
        }
        return p.get() + "%" + (driving ? "*" : "") + " (" + yes + "/" + relevant + ")";
    }
}
