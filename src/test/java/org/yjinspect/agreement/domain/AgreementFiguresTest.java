package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementFiguresTest {
    @Test
    void nothingReadTwiceHasNothingToSay() {
        AgreementFigures figures = AgreementFigures.of(List.of());

        assertThat(figures.n()).isZero();
        assertThat(figures.observed().computed()).isFalse();
        assertThat(figures.kappa().computed()).isFalse();
        assertThat(figures.ac1().computed()).isFalse();
        assertThat(figures.kappaParadox().value()).isNull();
        assertThat(figures.summary()).isEqualTo("No answer was read twice here, so there is nothing to say about agreement.");
    }

    @Test
    void everyAnswerTheSameIsSaidInWordsWithoutAKappa() {
        List<PairedAnswer> pairs = List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"),
                new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"));

        AgreementFigures figures = AgreementFigures.of(pairs);

        assertThat(figures.observed().value()).isEqualTo(1.0);
        assertThat(figures.kappa().value()).isNull();
        assertThat(figures.summary()).contains("All 4 answers were YES in both readings. Kappa cannot be computed",
                "observed agreement 100%").doesNotContain("NaN");
    }

    /**
     * NOT_APPLICABLE and NOT_RELEVANT are answers like any other: 2 YES/YES, 1 NOT_APPLICABLE/NOT_APPLICABLE,
     * 1 YES/NOT_APPLICABLE. n = 4 (nothing dropped), po = 3/4; rows YES .75, NA .25; columns YES .5,
     * NA .5; pe = .375 + .125 = .5; kappa = .25/.5 = 0.5. Dropping the N/A answers would give 2 of 2 and
     * no kappa at all.
     */
    @Test
    void notApplicableAndNotRelevantCountAsAnswersOfTheirOwn() {
        AgreementFigures figures = AgreementFigures.of(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("YES", "YES"),
                new PairedAnswer("NOT_APPLICABLE", "NOT_APPLICABLE"), new PairedAnswer("YES", "NOT_APPLICABLE")));

        assertThat(figures.n()).isEqualTo(4);
        assertThat(figures.categories()).containsExactly("NOT_APPLICABLE", "YES");
        assertThat(figures.agreements()).isEqualTo(3);
        assertThat(figures.kappa().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void possibleAnswersComeFirstInTheirOrderThenOthersAlphabetically() {
        AgreementFigures figures = AgreementFigures.of(List.of(new PairedAnswer("NOT_RELEVANT", "YES"),
                new PairedAnswer("MAYBE", "NO")), List.of("YES", "NO", "NOT_RELEVANT"));

        assertThat(figures.categories()).containsExactly("YES", "NO", "NOT_RELEVANT", "MAYBE");
        assertThat(figures.table().categoriesUsed()).containsExactly("YES", "NO", "NOT_RELEVANT", "MAYBE");
    }

    /** Cohen's table off the diagonal: 18 (1 then 3), 14 (1, 2), 10 (2, 1), 10 (2, 3), 6 (3, 2), 2 (3, 1). */
    @Test
    void theDisagreementsAreListedMostFrequentFirst() {
        List<AnswerTable.Cell> cells = AgreementFigures.of(CrossTables.cohen1960()).table().disagreements();

        assertThat(cells).containsExactly(new AnswerTable.Cell("1", "3", 18), new AnswerTable.Cell("1", "2", 14),
                new AnswerTable.Cell("2", "1", 10), new AnswerTable.Cell("2", "3", 10), new AnswerTable.Cell("3", "2", 6),
                new AnswerTable.Cell("3", "1", 2));
    }

    @Test
    void aBlankAnswerIsAMissingAnswerAndIsRefused() {
        assertThatThrownBy(() -> AgreementFigures.of(List.of(new PairedAnswer("YES", " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not paired");
    }

    @Test
    void theSummaryOfAnOrdinaryTableGivesEachFigureAndItsSize() {
        String summary = AgreementFigures.of(CrossTables.cohen1960()).summary();

        assertThat(summary).isEqualTo("The readings agreed on 140 of 200 answers: 70% (95% confidence interval 63% to 76%,"
                + " Wilson score interval). Kappa 0.49 (95% confidence interval 0.39 to 0.59, large-sample variance of"
                + " Fleiss, Cohen and Everitt 1969, n = 200). Kappa 0.49 is \"moderate\" on the Landis and Koch (1977)"
                + " scale, a convention for describing the size, not a test. AC1 0.58 (95% confidence interval 0.48 to"
                + " 0.67, variance of Gwet 2008, n = 200).");
    }

    @Test
    void theSummaryOfAOneSidedTableShowsTheParadoxWordsInsteadOfTheKappa() {
        AgreementFigures figures = AgreementFigures.of(CrossTables.gwetParadox());

        assertThat(figures.kappaMisleads()).isTrue();
        assertThat(figures.summary()).contains(figures.kappaParadox().reason()).doesNotContain("\"poor\"");
    }

    /** n = 2, one agreeing, one not: everything is computed and every interval holds its estimate. */
    @Test
    void twoAnswersGiveFiguresWithIntervals() {
        AgreementFigures figures = AgreementFigures.of(List.of(new PairedAnswer("YES", "YES"), new PairedAnswer("NO", "YES")));

        assertThat(figures.observed().value()).isEqualTo(0.5);
        assertThat(figures.kappa().hasInterval()).isTrue();
        assertThat(figures.ac1().hasInterval()).isTrue();
        assertThat(figures.kappa().lower()).isLessThanOrEqualTo(figures.kappa().value());
        assertThat(figures.ac1().upper()).isGreaterThanOrEqualTo(figures.ac1().value());
    }
}
