package org.yjinspect.agreement.domain;

import org.yjinspect.rules.Ruling;

/**
 * The kappa paradox (Feinstein and Cicchetti 1990): when nearly every answer is the same, chance
 * alone would make two readers agree most of the time, so kappa can be low, even negative, while
 * the readers agree almost always. This rule says so in words instead of letting the kappa read as
 * disagreement. It applies when all three hold:
 * <ul>
 * <li>observed agreement is at least {@value #HIGH_AGREEMENT} (85%),</li>
 * <li>kappa is below {@value #LOW_KAPPA} (the top of "fair" on the Landis and Koch scale), and</li>
 * <li>one answer makes up more than {@value #ONE_WAY} (85%) of all answers, both readings together.</li>
 * </ul>
 * The thresholds are a judgement, not a published standard: 85% agreement is what most would call
 * high, and with one answer above 85% of all answers chance agreement by kappa's reckoning is at
 * least 0.70, so even 85% observed agreement is worth a kappa of 0.5 at most. TRUE: the kappa
 * misleads (the reason gives the words to show instead); FALSE: the kappa can be read as it is;
 * null: there is no kappa to read.
 */
public final class KappaParadoxPolicy {
    public static final String RULE = "High agreement but low kappa because the answers are almost all one way";
    public static final double HIGH_AGREEMENT = 0.85;
    public static final double LOW_KAPPA = 0.40;
    public static final double ONE_WAY = 0.85;

    private KappaParadoxPolicy() {
    }

    public static Ruling<Boolean> of(AnswerTable table, Estimate observed, Estimate kappa, Estimate ac1) {
        if (!kappa.computed()) {
            return new Ruling<>(null, RULE, kappa.explanation());
        }
        int common = mostCommon(table);
        double share = table.share(common);
        String answer = table.categories().get(common);
        if (observed.value() >= HIGH_AGREEMENT && kappa.value() < LOW_KAPPA && share > ONE_WAY) {
            return new Ruling<>(true, RULE, "The readings agreed on " + ConfidenceInterval.percent(observed.value())
                    + " of answers, but " + ConfidenceInterval.percent(share) + " of all answers were " + answer
                    + ", so chance alone would produce most of that agreement and kappa ("
                    + ConfidenceInterval.coefficient(kappa.value()) + ") comes out low. Here the low kappa reflects how"
                    + " one-sided the answers were, not disagreement between the readers: read the observed agreement"
                    + (ac1.computed() ? " and AC1 (" + ConfidenceInterval.coefficient(ac1.value()) + ")" : "")
                    + " instead, and look at the few answers that differ.");
        }
        return new Ruling<>(false, RULE, "Kappa " + ConfidenceInterval.coefficient(kappa.value())
                + " can be read as it is: observed agreement " + ConfidenceInterval.percent(observed.value())
                + ", the most common answer (" + answer + ") " + ConfidenceInterval.percent(share) + " of all answers.");
    }

    private static int mostCommon(AnswerTable table) {
        int best = 0;
        for (int i = 1; i < table.categories().size(); i++) {
            if (table.share(i) > table.share(best)) {
                best = i;
            }
        }
        return best;
    }
}
