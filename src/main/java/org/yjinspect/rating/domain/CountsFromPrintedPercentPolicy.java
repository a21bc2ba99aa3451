package org.yjinspect.rating.domain;

import java.util.OptionalInt;

/**
 * 2021 reports print only "% 'Yes'", while the discretion triggers need case counts. Where the
 * report says how many cases of the type were inspected, the count is read back: the one
 * number of 'Yes' cases that prints as that percentage (whole numbers, halves up). Where no
 * count or more than one count fits, the printed percentage is kept as it is.
 */
public final class CountsFromPrintedPercentPolicy {
    public static final String RULE = "Counts read from a printed percentage";

    private CountsFromPrintedPercentPolicy() {
    }

    public static KeyQuestionFigure infer(KeyQuestionFigure figure, Integer casesInspected) {
        if (figure.hasCounts() || casesInspected == null || casesInspected <= 0) {
            return figure;
        }
        OptionalInt yes = uniqueYesCount(figure.printedPercent(), casesInspected);
        if (yes.isEmpty()) {
            return figure;
        }
        return new KeyQuestionFigure(figure.text(), yes.getAsInt(), casesInspected, figure.printedPercent(), true);
    }

    static OptionalInt uniqueYesCount(double printed, int cases) {
        int found = -1;
        for (int yes = 0; yes <= cases; yes++) {
            if (printsAs(yes, cases, printed)) {
                if (found >= 0) {
                    return OptionalInt.empty();
                }
                found = yes;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    private static boolean printsAs(int yes, int cases, double printed) {
        double exact = 100.0 * yes / cases;
        if (printed == Math.rint(printed)) {
            return Math.round(exact) == (long) printed;
        }
        return Math.abs(exact - printed) < 0.05;
    }
}
