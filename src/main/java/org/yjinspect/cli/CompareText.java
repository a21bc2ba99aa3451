package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.rating.domain.Percentages;
import org.yjinspect.rating.domain.Rating;

/** The comparisons as text tables for the terminal: columns padded to their widest cell. */
final class CompareText {
    private CompareText() {
    }

    static void table(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static void tally(PrintWriter out, RatingTally tally) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rating", "inspections"});
        for (Rating rating : RatingTally.order()) {
            rows.add(new String[] {rating.label(), String.valueOf(tally.count(rating))});
        }
        rows.add(new String[] {"not rated", String.valueOf(tally.notRated())});
        rows.add(new String[] {"all (n)", String.valueOf(tally.n())});
        table(out, rows);
    }

    static String spread(PercentSpread spread) {
        return spread.quartiles().map(q -> "n=" + q.n() + "  lowest " + q.min() + "%  lower quartile "
                + Percentages.format(q.lowerQuartile()) + "  median " + Percentages.format(q.median())
                + "  upper quartile " + Percentages.format(q.upperQuartile()) + "  highest " + q.max() + "%")
                .orElse("n=0  no published " + spread.version().label() + " inspection prints a figure for it");
    }

    static void mapping(PrintWriter out, Correspondence line, String otherVersion) {
        out.println((line.corresponds() ? "Corresponds in " + otherVersion + ": " : "Not compared with "
                + otherVersion + ": ") + line.why());
    }
}
