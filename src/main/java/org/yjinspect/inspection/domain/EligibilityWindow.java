package org.yjinspect.inspection.domain;

import java.time.LocalDate;
import org.yjinspect.platform.problem.Problem;

/**
 * How long before the announcement a case's disposal must have started (or, for resettlement,
 * the child been sentenced or released) for the case to be inspected: between {@code nearest}
 * and {@code furthest} whole months before the announcement date, both ends included.
 */
public record EligibilityWindow(int nearestMonths, int furthestMonths) {
    public static final int LONGEST_MONTHS = 36;

    public EligibilityWindow {
        Problem.require(nearestMonths >= 0 && furthestMonths <= LONGEST_MONTHS && nearestMonths < furthestMonths,
                "an eligibility window runs from a nearer to a further number of months before the"
                        + " announcement, between 0 and " + LONGEST_MONTHS + " (got " + nearestMonths
                        + " to " + furthestMonths + ")");
    }

    /** Reads "6-9" (nearest-furthest), as the command line and API accept it. */
    public static EligibilityWindow parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        Problem.require(parts.length == 2 && parts[0].matches("\\d{1,2}") && parts[1].matches("\\d{1,2}"),
                "an eligibility window is written as nearest-furthest months, e.g. 6-9");
        return new EligibilityWindow(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public LocalDate earliest(LocalDate announcement) {
        return announcement.minusMonths(furthestMonths);
    }

    public LocalDate latest(LocalDate announcement) {
        return announcement.minusMonths(nearestMonths);
    }

    public boolean contains(LocalDate date, LocalDate announcement) {
        return !date.isBefore(earliest(announcement)) && !date.isAfter(latest(announcement));
    }

    public String describe(LocalDate announcement) {
        return nearestMonths + " to " + furthestMonths + " months before the announcement ("
                + earliest(announcement) + " to " + latest(announcement) + ")";
    }

    @Override
    public String toString() {
        return nearestMonths + "-" + furthestMonths;
    }
}
