package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yjinspect.agreement.domain.AgreementGroup.Scope;
import org.yjinspect.agreement.domain.SecondReadItem.Level;

class AgreementBreakdownTest {
    private static SecondReadItem prompt(String standard, String keyQuestion, String prompt, String ref, String first,
                                         String second, String a, String b) {
        return new SecondReadItem(Level.PROMPT, standard, keyQuestion, prompt, ref, first, second, new PairedAnswer(a, b));
    }

    private static SecondReadItem keyQuestion(String standard, String keyQuestion, String ref, String first,
                                              String second, String a, String b) {
        return new SecondReadItem(Level.KEY_QUESTION, standard, keyQuestion, keyQuestion, ref, first, second,
                new PairedAnswer(a, b));
    }

    /** Two cases read by amira then ben, one by ben then amira; standards 2.1, 2.2 and 2.10. */
    private static List<SecondReadItem> items() {
        return List.of(
                keyQuestion("2.10", "2.10.planning", "C1", "amira", "ben", "YES", "YES"),
                keyQuestion("2.1", "2.1.assessment", "C1", "amira", "ben", "YES", "NO"),
                keyQuestion("2.1", "2.1.assessment", "C2", "amira", "ben", "NO", "NO"),
                keyQuestion("2.1", "2.1.assessment", "C3", "ben", "amira", "NOT_RELEVANT", "NOT_RELEVANT"),
                keyQuestion("2.2", "2.2.planning", "C3", "ben", "amira", "YES", "YES"),
                prompt("2.1", "2.1.assessment", "2.1.assessment.b", "C1", "amira", "ben", "YES", "YES"),
                prompt("2.1", "2.1.assessment", "2.1.assessment.b", "C2", "amira", "ben", "NOT_APPLICABLE", "YES"),
                prompt("2.1", "2.1.assessment", "2.1.assessment.a", "C1", "amira", "ben", "NO", "NO"),
                prompt("2.1", "2.1.assessment", "2.1.assessment.10", "C1", "amira", "ben", "NO", "NO"),
                prompt("2.1", "2.1.assessment", "2.1.assessment.2", "C1", "amira", "ben", "NO", "YES"));
    }

    @Test
    void theInspectionCountsEveryAnswerAndEachLevelIsAlwaysListed() {
        AgreementBreakdown breakdown = AgreementBreakdown.of(items());

        assertThat(breakdown.inspection().n()).isEqualTo(10);
        assertThat(breakdown.inspection().level()).isNull();
        assertThat(breakdown.level(Level.KEY_QUESTION).n()).isEqualTo(5);
        assertThat(breakdown.level(Level.PROMPT).n()).isEqualTo(5);
        assertThat(breakdown.level(Level.CLASSIFICATION).n()).isZero();
        assertThat(breakdown.level(Level.CLASSIFICATION).figures().summary()).contains("nothing to say");
    }

    /** Key questions: 4 of 5 agree (only C1's 2.1.assessment differs). */
    @Test
    void keyQuestionLevelFiguresAreThoseOfTheKeyQuestionAnswers() {
        AgreementFigures figures = AgreementBreakdown.of(items()).level(Level.KEY_QUESTION).figures();

        assertThat(figures.agreements()).isEqualTo(4);
        assertThat(figures.observed().value()).isCloseTo(0.8, within(1e-12));
        assertThat(figures.categories()).containsExactly("NO", "NOT_RELEVANT", "YES");
    }

    @Test
    void standardsComeInTheFrameworksNumberOrderWithTheirN() {
        List<AgreementGroup> standards = AgreementBreakdown.of(items()).standards(Level.KEY_QUESTION);

        assertThat(standards).extracting(AgreementGroup::standardNumber).containsExactly("2.1", "2.2", "2.10");
        assertThat(standards).extracting(AgreementGroup::n).containsExactly(3, 1, 1);
    }

    @Test
    void promptsArePooledPerKeyQuestionAndListedOneByOneInIdOrder() {
        AgreementBreakdown breakdown = AgreementBreakdown.of(items());

        assertThat(breakdown.keyQuestions(Level.PROMPT)).singleElement()
                .satisfies(g -> assertThat(g.keyQuestionId()).isEqualTo("2.1.assessment"))
                .satisfies(g -> assertThat(g.n()).isEqualTo(5));
        assertThat(breakdown.items(Level.PROMPT)).extracting(AgreementGroup::itemId).containsExactly(
                "2.1.assessment.2", "2.1.assessment.10", "2.1.assessment.a", "2.1.assessment.b");
        assertThat(breakdown.items(Level.PROMPT)).extracting(AgreementGroup::n).containsExactly(1, 1, 1, 2);
        assertThat(breakdown.items(Level.KEY_QUESTION)).isEmpty();
        assertThat(breakdown.keyQuestions(Level.KEY_QUESTION)).extracting(AgreementGroup::keyQuestionId)
                .containsExactly("2.1.assessment", "2.2.planning", "2.10.planning");
    }

    @Test
    void readerPairsKeepWhoReadFirst() {
        List<AgreementGroup> pairs = AgreementBreakdown.of(items()).readerPairs(Level.KEY_QUESTION);

        assertThat(pairs).extracting(AgreementGroup::readers)
                .containsExactly(new ReaderPair("amira", "ben"), new ReaderPair("ben", "amira"));
        assertThat(pairs).extracting(AgreementGroup::n).containsExactly(3, 2);
    }

    @Test
    void eachGroupSaysWhatItIs() {
        AgreementBreakdown breakdown = AgreementBreakdown.of(items());

        assertThat(breakdown.inspection().label()).isEqualTo("The whole inspection, every answer");
        assertThat(breakdown.level(Level.KEY_QUESTION).label()).isEqualTo("Key questions");
        assertThat(breakdown.standards(Level.PROMPT).get(0).label()).isEqualTo("Standard 2.1, prompts");
        assertThat(breakdown.keyQuestions(Level.KEY_QUESTION).get(0).label()).isEqualTo("Key question 2.1.assessment");
        assertThat(breakdown.keyQuestions(Level.PROMPT).get(0).label()).isEqualTo("Prompts of key question 2.1.assessment");
        assertThat(breakdown.items(Level.PROMPT).get(0).label()).isEqualTo("Prompt 2.1.assessment.2");
        assertThat(breakdown.readerPairs(Level.KEY_QUESTION).get(1).label())
                .isEqualTo("ben read first, amira second (key questions)");
    }

    @Test
    void theOrderOfTheItemsChangesNothing() {
        List<SecondReadItem> shuffled = new ArrayList<>(items());
        Collections.shuffle(shuffled, new Random(13));

        assertThat(AgreementBreakdown.of(shuffled)).isEqualTo(AgreementBreakdown.of(items()));
    }

    @Test
    void groupsAreListedInScopeOrder() {
        List<Scope> scopes = AgreementBreakdown.of(items()).groups().stream().map(AgreementGroup::scope).toList();

        assertThat(scopes).isSortedAccordingTo(Scope::compareTo);
        assertThat(scopes.get(0)).isEqualTo(Scope.INSPECTION);
    }

    /**
     * Prompt 2.1.assessment.b: YES/YES and NOT_APPLICABLE/YES. Seen only (q = 2): pi_YES = (.5 + 1)/2 = .75,
     * pi_NA = .25, pe = .375, AC1 = (.5 - .375)/.625 = 0.2. With NO also possible for prompts (q = 3):
     * pe = .375/2 = .1875, AC1 = (.5 - .1875)/.8125 = 0.3846.
     */
    @Test
    void theAnswersALevelAllowsCountForAc1EvenWhenUnused() {
        Map<Level, List<String>> possible = Map.of(Level.PROMPT, List.of("YES", "NO", "NOT_APPLICABLE"));

        AgreementGroup seen = AgreementBreakdown.of(items()).items(Level.PROMPT).get(3);
        AgreementGroup declared = AgreementBreakdown.of(items(), possible).items(Level.PROMPT).get(3);

        assertThat(seen.figures().ac1().value()).isCloseTo(0.2, within(1e-12));
        assertThat(declared.figures().ac1().value()).isCloseTo(0.3125 / 0.8125, within(1e-12));
        assertThat(declared.figures().categories()).containsExactly("YES", "NO", "NOT_APPLICABLE");
    }

    @Test
    void classificationsHaveNoKeyQuestionAndAnAnswerWithoutAStandardHasNoStandardGroup() {
        List<SecondReadItem> items = List.of(
                new SecondReadItem(Level.CLASSIFICATION, "2.1", null, "riskOfHarm", "C1", "amira", "ben",
                        new PairedAnswer("HIGH", "MEDIUM")),
                new SecondReadItem(Level.CLASSIFICATION, null, null, "safety", "C1", "amira", "ben",
                        new PairedAnswer("LOW", "LOW")));

        AgreementBreakdown breakdown = AgreementBreakdown.of(items);

        assertThat(breakdown.keyQuestions(Level.CLASSIFICATION)).isEmpty();
        assertThat(breakdown.standards(Level.CLASSIFICATION)).extracting(AgreementGroup::standardNumber).containsExactly("2.1");
        assertThat(breakdown.items(Level.CLASSIFICATION)).extracting(AgreementGroup::itemId)
                .containsExactly("safety", "riskOfHarm");
    }
}
