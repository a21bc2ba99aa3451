package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

class CatalogueFitTest {
    private final Framework framework2021 = FrameworkCatalogue.load(FrameworkVersion.V2021);
    private final List<ImportWarning> warnings = new ArrayList<>();

    /** A standard as a ratings page prints it: the short name reports use ("Policy and provision"), or none. */
    private PublishedStandard printed(String number, List<PublishedKeyQuestion> questions) {
        String name = number.equals("3.4") ? "Policy and provision" : framework2021.standard(number).map(Standard::name)
                .orElse("");
        return PublishedStandard.printed(number, name, Rating.GOOD).withKeyQuestions(questions, true);
    }

    private List<PublishedKeyQuestion> frameworkQuestions(String number) {
        Standard standard = framework2021.standard(number).orElseThrow();
        return standard.keyQuestions().stream().map(q -> new PublishedKeyQuestion(q.text(), CaseFigure.printed(70),
                List.of())).toList();
    }

    @Test
    void namesAreTheFrameworksAndStandardsItDoesNotHaveAreLeftOut() {
        List<PublishedStandard> fitted = CatalogueFit.fit(List.of(printed("3.4", List.of()), printed("5.1", List.of())),
                framework2021, warnings);

        assertThat(fitted).extracting(PublishedStandard::name).containsExactly("Out-of-court disposal policy and provision");
        assertThat(warnings).extracting(ImportWarning::message).anyMatch(m -> m.contains("5.1 is not a standard"));
    }

    @Test
    void keyQuestionsPrintedInAnotherOrderAreRatedInTheFrameworksOrder() {
        List<PublishedKeyQuestion> inOrder = frameworkQuestions("2.1");
        List<PublishedKeyQuestion> shuffled = List.of(inOrder.get(2), inOrder.get(0), inOrder.get(1));

        PublishedStandard fitted = CatalogueFit.fit(List.of(printed("2.1", shuffled)), framework2021, warnings).get(0);

        assertThat(fitted.keyQuestions()).isEqualTo(inOrder);
        assertThat(warnings).extracting(ImportWarning::kind).contains(WarningKind.CATALOGUE);
    }

    @Test
    void tooFewKeyQuestionsAreKeptButNotRated() {
        PublishedStandard fitted = CatalogueFit.fit(List.of(printed("2.2", frameworkQuestions("2.2").subList(0, 2))),
                framework2021, warnings).get(0);

        assertThat(fitted.rateable()).isFalse();
        assertThat(fitted.keyQuestions()).hasSize(2);
    }

    @Test
    void qualitativeStandardsCarryNoKeyQuestionFigures() {
        PublishedStandard fitted = CatalogueFit.fit(List.of(printed("1.1", frameworkQuestions("2.1"))), framework2021,
                warnings).get(0);

        assertThat(fitted.keyQuestions()).isEmpty();
        assertThat(warnings).extracting(ImportWarning::message).anyMatch(m -> m.contains("qualitative"));
    }

    @Test
    void aStandardPrintedUnderAnotherFrameworksNameIsNotRated() {
        PublishedStandard assessing = PublishedStandard.printed("2.1", "Assessing", Rating.GOOD)
                .withKeyQuestions(frameworkQuestions("2.1"), true);
        PublishedStandard victims = PublishedStandard.printed("3.1", "Work with victims", Rating.GOOD)
                .withKeyQuestions(frameworkQuestions("3.1"), true);

        List<PublishedStandard> fitted = CatalogueFit.fit(List.of(assessing, victims), framework2021, warnings);

        assertThat(fitted).noneMatch(PublishedStandard::rateable);
        assertThat(fitted.get(0).keyQuestions()).hasSize(3);
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("printed as 'Assessing'"));
        assertThat(warnings).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WarningKind.VERSION_UNCERTAIN));
    }

    @Test
    void shortenedAndRespeltNamesAreTheFrameworksOwn() {
        assertThat(StandardNaming.sameStandard("Policy & provision", "Out-of-court disposal policy and provision")).isTrue();
        assertThat(StandardNaming.sameStandard("Review", "Reviewing")).isTrue();
        assertThat(StandardNaming.sameStandard("Resettlement", "Resettlement policy and provision")).isTrue();
        assertThat(StandardNaming.sameStandard("Assessing", "Assessment")).isFalse();
        assertThat(StandardNaming.sameStandard("Joint working", "Out-of-court disposal policy and provision")).isFalse();
    }
}
