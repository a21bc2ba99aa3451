package org.yjinspect.secondreading.page;

import org.yjinspect.agreement.domain.AgreementFigures;
import org.yjinspect.agreement.domain.AgreementGroup;
import org.yjinspect.agreement.domain.Estimate;

/**
 * One line of an agreement table: what the answers are (in the framework's words), n, observed
 * agreement, kappa and AC1 each with its 95% interval (or, where a figure cannot be worked out
 * from these answers, why not), and the words for the kappa paradox when it applies (null otherwise).
 */
public record AgreementRow(String what, int n, String observed, String kappa, String ac1, String kappaWhyNot,
                           String ac1WhyNot, String paradox) {
    static AgreementRow of(String what, AgreementGroup group) {
        AgreementFigures f = group.figures();
        return new AgreementRow(what, f.n(), ReadingWords.observed(f.observed()), ReadingWords.figure(f.kappa()),
                ReadingWords.figure(f.ac1()), whyNot(f.n(), f.kappa()), whyNot(f.n(), f.ac1()),
                f.kappaMisleads() ? f.kappaParadox().reason() : null);
    }

    /** Why a figure is not shown, unless nothing was read twice at all (the n of 0 says that). */
    private static String whyNot(int n, Estimate e) {
        return e.computed() || n == 0 ? null : e.explanation();
    }
}
