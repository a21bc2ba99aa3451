package org.yjinspect.rating.domain;

import java.util.Optional;

/**
 * A key question's result across the sampled cases: how many relevant cases were judged
 * 'Yes', or (where a report prints only "% 'Yes'") the printed percentage. Counts are exact
 * and are what bands are decided on; a printed percentage is already rounded.
 *
 * @param text      the key question, for explanations (may be null)
 * @param yes       cases judged 'Yes' (null when only a percentage is known)
 * @param relevant  cases the key question applies to (null when only a percentage is known)
 * @param printedPercent the percentage as printed (null when counts are given)
 * @param countsInferred true when the counts were read back from a printed percentage and the case count
 */
public record KeyQuestionFigure(String text, Integer yes, Integer relevant, Double printedPercent,
                                boolean countsInferred) {
    public KeyQuestionFigure {
        if (yes == null ^ relevant == null) {
            throw new IllegalArgumentException("give both yes and relevant, or neither");
        }
        if (yes == null && printedPercent == null) {
            throw new IllegalArgumentException("a key question needs yes/relevant or a percent");
        }
        if (yes != null && (yes < 0 || relevant < 0 || yes > relevant)) {
            throw new IllegalArgumentException("yes must be between 0 and relevant, was " + yes + "/" + relevant);
        }
        if (printedPercent != null && (printedPercent.isNaN() || printedPercent < 0 || printedPercent > 100)) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + printedPercent);
        }
    }

    public static KeyQuestionFigure counted(String text, int yes, int relevant) {
        return new KeyQuestionFigure(text, yes, relevant, null, false);
    }

    public static KeyQuestionFigure percentOnly(String text, double percent) {
        return new KeyQuestionFigure(text, null, null, percent, false);
    }

    public boolean hasCounts() {
        return yes != null;
    }

    /** A key question with no relevant cases says nothing about the standard and is left out. */
    public boolean hasRelevantCases() {
        return hasCounts() ? relevant > 0 : true;
    }

    /** The exact percentage: yes/relevant where counts are known, else the printed figure. */
    public double exactPercent() {
        return hasCounts() ? 100.0 * yes / relevant : printedPercent;
    }

    public Optional<Integer> relevantCases() {
        return Optional.ofNullable(relevant);
    }

    /** The percentage as a report prints it: whole numbers, halves rounded up. */
    public long displayPercent() {
        return Math.round(exactPercent());
    }

    /** The same key question had one more (or, with -1, one fewer) case been judged 'Yes'. */
    public KeyQuestionFigure withOneCaseJudgedDifferently(int change) {
        return new KeyQuestionFigure(text, yes + change, relevant, null, countsInferred);
    }

    public String describe() {
        if (!hasRelevantCases()) {
            return yes + "/" + relevant + " (no relevant cases)";
        }
        String figure = hasCounts() ? yes + "/" + relevant + " = " + Percentages.format(exactPercent())
                : Percentages.format(printedPercent) + " (printed)";
        return countsInferred ? figure + " (read from the printed " + Percentages.format(printedPercent) + ")" : figure;
    }
}
