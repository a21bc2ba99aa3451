package org.yjinspect.agreement.domain;

import java.util.ArrayList;
import java.util.List;

/** Test data: the paired answers behind a published cross-table (rows: first reading, columns: second). */
final class CrossTables {
    private CrossTables() {
    }

    static List<PairedAnswer> pairs(List<String> categories, int[][] counts) {
        List<PairedAnswer> pairs = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                for (int c = 0; c < counts[i][j]; c++) {
                    pairs.add(new PairedAnswer(categories.get(i), categories.get(j)));
                }
            }
        }
        return pairs;
    }

    /**
     * Cohen (1960), "A coefficient of agreement for nominal scales", Educational and Psychological
     * Measurement 20, 37-46, Table 1: 200 cases, 3 categories, proportions
     * .44 .07 .09 / .05 .20 .05 / .01 .03 .06, as counts.
     */
    static List<PairedAnswer> cohen1960() {
        return pairs(List.of("1", "2", "3"), new int[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    }

    /**
     * Feinstein and Cicchetti (1990), "High agreement but low kappa: I. The problems of two
     * paradoxes", J Clin Epidemiol 43, 543-549: two 2x2 tables of 100 with the same 85% agreement,
     * (a) 40 9 / 6 45 balanced, (b) 80 10 / 5 5 mostly one way.
     */
    static List<PairedAnswer> feinsteinCicchettiBalanced() {
        return pairs(List.of("YES", "NO"), new int[][] {{40, 9}, {6, 45}});
    }

    static List<PairedAnswer> feinsteinCicchettiOneWay() {
        return pairs(List.of("YES", "NO"), new int[][] {{80, 10}, {5, 5}});
    }

    /**
     * The 125-subject 2x2 table Gwet uses to show the paradox (Gwet 2002, "Kappa statistic is not
     * satisfactory for assessing the extent of agreement between raters"; Handbook of Inter-Rater
     * Reliability, on kappa's paradoxes): 118 + +, 5 + -, 2 - +, 0 - -.
     */
    static List<PairedAnswer> gwetParadox() {
        return pairs(List.of("+", "-"), new int[][] {{118, 5}, {2, 0}});
    }
}
