package org.yjinspect.published.domain;

/**
 * A key question's figure exactly as a report prints it: "n of N" cases where its table counts
 * them (2018 reports), else the percentage of cases judged 'Yes' (2021 reports print whole
 * numbers). Never both: a count worked out from a percentage is not what the report printed.
 */
public record PrintedKeyQuestionFigure(Integer yes, Integer relevant, Double percent) {
    public PrintedKeyQuestionFigure {
        boolean counted = yes != null && relevant != null;
        if ((yes == null) != (relevant == null) || counted == (percent != null)) {
            throw new IllegalArgumentException("a printed figure is either yes and relevant counts or a percentage");
        }
        if (counted && (yes < 0 || yes > relevant)) {
            throw new IllegalArgumentException("'Yes' cases " + yes + " must be between 0 and the relevant " + relevant);
        }
        if (percent != null && (percent.isNaN() || percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("a percentage must be between 0 and 100, was " + percent);
        }
    }

    public static PrintedKeyQuestionFigure counted(int yes, int relevant) {
        return new PrintedKeyQuestionFigure(yes, relevant, null);
    }

    public static PrintedKeyQuestionFigure percent(double percent) {
        return new PrintedKeyQuestionFigure(null, null, percent);
    }

    public boolean counted() {
        return yes != null;
    }

    /** As the report prints it: "6 of 8" or "75%". */
    public String printed() {
        if (counted()) {
            return yes + " of " + relevant;
        }
        return (percent == Math.rint(percent) ? String.valueOf(percent.longValue()) : String.valueOf(percent)) + "%";
    }
}
