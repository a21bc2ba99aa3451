package org.yjinspect.agreement.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.yjinspect.rules.Ruling;

/**
 * How far two readings of the same answers agree: n, the cross-table, observed agreement, Cohen's
 * kappa and Gwet's AC1 (each an {@link Estimate} with its 95% interval or the words saying why there
 * is none), whether the kappa misleads ({@link KappaParadoxPolicy}) and the conventional words for
 * the size of kappa and AC1 ({@link AgreementStrengthConvention}). Every answer counts, "not
 * applicable" and "not relevant" as categories of their own; an item missing an answer in either
 * reading is not paired and the caller leaves it out.
 */
public record AgreementFigures(AnswerTable table, Estimate observed, Estimate kappa, Estimate ac1,
                               Ruling<Boolean> kappaParadox, Ruling<String> kappaStrength, Ruling<String> ac1Strength) {
    static final String NOTHING_READ_TWICE = "No answer was read twice here, so there is nothing to say about agreement.";

    public AgreementFigures {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(kappa, "kappa");
        Objects.requireNonNull(ac1, "ac1");
        Objects.requireNonNull(kappaParadox, "kappaParadox");
        Objects.requireNonNull(kappaStrength, "kappaStrength");
        Objects.requireNonNull(ac1Strength, "ac1Strength");
    }

    /** The figures on the categories seen in either reading. */
    public static AgreementFigures of(List<PairedAnswer> pairs) {
        return of(pairs, List.of());
    }

    /**
     * @param possibleAnswers the answers the item allows (e.g. YES, NO, NOT_RELEVANT), so that an answer
     *                        nobody gave still counts among AC1's possible answers; answers seen are added
     */
    public static AgreementFigures of(List<PairedAnswer> pairs, Collection<String> possibleAnswers) {
        AnswerTable table = AnswerTable.of(pairs, possibleAnswers);
        Estimate observed = ObservedAgreement.of(table);
        Estimate kappa = CohenKappa.of(table);
        Estimate ac1 = GwetAc1.of(table);
        return new AgreementFigures(table, observed, kappa, ac1, KappaParadoxPolicy.of(table, observed, kappa, ac1),
                AgreementStrengthConvention.of("kappa", kappa), AgreementStrengthConvention.of("AC1", ac1));
    }

    /** How many answers were read twice. */
    public int n() {
        return table.total();
    }

    /** The categories of the table: the possible answers given, then any other answer seen. */
    public List<String> categories() {
        return table.categories();
    }

    /** How many answers the two readings agreed on. */
    public int agreements() {
        return table.agreements();
    }

    /** Whether the kappa should be shown with the paradox words rather than read on its own. */
    public boolean kappaMisleads() {
        return Boolean.TRUE.equals(kappaParadox.value());
    }

    /** The figures in a few sentences, for a page, the CLI or a report. */
    public String summary() {
        if (n() == 0) {
            return NOTHING_READ_TWICE;
        }
        StringBuilder words = new StringBuilder(observed.explanation());
        if (table.categoriesUsed().size() == 1) {
            words.append(' ').append(allTheSame(table)).append(" Kappa cannot be computed (agreement by chance is 100%,")
                    .append(" so kappa would be 0 divided by 0); observed agreement 100%.");
            return words.append(ac1.computed() ? " " + ac1.explanation() : "").toString();
        }
        if (kappaMisleads()) {
            words.append(' ').append(kappaParadox.reason());
        } else {
            words.append(' ').append(kappa.explanation());
            if (kappa.computed()) {
                words.append(' ').append(kappaStrength.reason());
            }
        }
        return words.append(' ').append(ac1.explanation()).toString();
    }

    /** "All 12 answers were YES in both readings." */
    static String allTheSame(AnswerTable table) {
        String answer = table.categoriesUsed().get(0);
        return switch (table.total()) {
            case 1 -> "The one answer was " + answer + " in both readings.";
            case 2 -> "Both answers were " + answer + " in both readings.";
            default -> "All " + table.total() + " answers were " + answer + " in both readings.";
        };
    }
}
