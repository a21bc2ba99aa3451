package org.yjinspect.secondreading.page;

import org.yjinspect.agreement.domain.AgreementFigures;
import org.yjinspect.agreement.domain.AgreementGroup;

/**
 * One line of an agreement table: what the answers are (in the framework's words), n, observed
 * agreement, kappa and AC1 each with its 95% interval, the words for the kappa paradox when it
 * applies (null otherwise), and the figures in sentences.
 */
public record AgreementRow(String what, int n, String observed, String kappa, String ac1, String paradox,
                           String summary) {
    static AgreementRow of(String what, AgreementGroup group) {
        AgreementFigures f = group.figures();
        return new AgreementRow(what, f.n(), ReadingWords.observed(f.observed()), ReadingWords.figure(f.kappa()),
                ReadingWords.figure(f.ac1()), f.kappaMisleads() ? f.kappaParadox().reason() : null, f.summary());
    }
}
