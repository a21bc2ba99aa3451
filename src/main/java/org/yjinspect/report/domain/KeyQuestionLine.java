package org.yjinspect.report.domain;

import java.util.Optional;
import org.yjinspect.rating.domain.Rating;

/**
 * A key question in a standard's table: the cases judged 'Yes' of the relevant cases, its band
 * (empty with no relevant cases) and whether it is the one that drives the standard's rating.
 */
public record KeyQuestionLine(String text, int yes, int relevant, Optional<Rating> band, boolean driving) {
    public KeyQuestionLine {
        if (yes < 0 || relevant < 0 || yes > relevant) {
            throw new IllegalArgumentException("yes must be between 0 and relevant, was " + yes + "/" + relevant);
        }
    }

    /** The percentage as reports print it (whole numbers, halves up); empty with no relevant cases. */
    public Optional<Long> percent() {
        return ReportFigures.percent(yes, relevant);
    }

    /** "88% (7/8)", or "no relevant cases". */
    public String figure() {
        return ReportFigures.figure(yes, relevant);
    }
}
