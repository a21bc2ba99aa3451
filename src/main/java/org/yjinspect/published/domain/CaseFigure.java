package org.yjinspect.published.domain;

/**
 * A key question's or prompt's result as a report prints it: the number of relevant cases and
 * of 'Yes' cases where the report counts them, and the percentage ("% 'Yes'") printed or, for
 * counted figures, as the report would print it (whole numbers, halves up). Any part may be
 * missing: a prompt table may print 'Yes' counts only.
 */
public record CaseFigure(Integer yes, Integer relevant, Integer percent) {
    public CaseFigure {
        if (yes != null && yes < 0 || relevant != null && relevant < 0) {
            throw new IllegalArgumentException("case counts cannot be negative: " + yes + "/" + relevant);
        }
        if (yes != null && relevant != null && yes > relevant) {
            throw new IllegalArgumentException("'Yes' cases " + yes + " exceed relevant cases " + relevant);
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("percentage outside 0-100: " + percent);
        }
    }

    public static CaseFigure counted(int yes, int relevant) {
        return new CaseFigure(yes, relevant, relevant == 0 ? null : (int) Math.round(100.0 * yes / relevant));
    }

    public static CaseFigure printed(int percent) {
        return new CaseFigure(null, null, percent);
    }

    public static CaseFigure yesOnly(int yes) {
        return new CaseFigure(yes, null, null);
    }

    public boolean hasCounts() {
        return yes != null && relevant != null;
    }

    /** Enough to rate on: both counts, or a printed percentage. */
    public boolean rateable() {
        return hasCounts() || yes == null && percent != null;
    }

    /** The exact share of 'Yes' cases where counted, else the printed percentage; null if neither. */
    public Double exactPercent() {
        if (hasCounts()) {
            return relevant == 0 ? null : 100.0 * yes / relevant;
        }
        return percent == null ? null : percent.doubleValue();
    }

    public String describe() {
        if (hasCounts()) {
            return yes + "/" + relevant + (percent == null ? "" : " (" + percent + "%)");
        }
        if (percent != null) {
            return percent + "%";
        }
        return yes == null ? "no figure" : yes + " 'Yes'";
    }
}
