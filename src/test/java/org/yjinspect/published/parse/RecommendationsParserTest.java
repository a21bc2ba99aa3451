package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedRecommendation;
import org.yjinspect.published.domain.WarningKind;

class RecommendationsParserTest {
    private final List<ImportWarning> warnings = new ArrayList<>();

    private List<PublishedRecommendation> parse(String text) {
        ReportText report = TextNormaliser.normalise(text);
        return RecommendationsParser.parse(report, SectionMap.build(report, 0, report.size()), warnings);
    }

    @Test
    void eachRecommendationGoesToItsAddressee() {
        List<PublishedRecommendation> recommendations = parse("Recommendations\n\nAs a result of our inspection findings, "
                + "we have made three recommendations that we believe will help.\n\n"
                + "**The Anytown YJS Board should:**\n\n1. agree a plan\n\n### The Head of Service should:\n\n"
                + "- 2. improve the first thing\n- 3. improve the second\nthing, which wraps.\n\n12\n\nAnytown police:\n\n"
                + "Background\n\n" + "Long prose. ".repeat(20));

        assertThat(recommendations).extracting(PublishedRecommendation::addressee).containsExactly("The Anytown YJS Board",
                "The Head of Service", "The Head of Service");
        assertThat(recommendations.get(2).text()).isEqualTo("improve the second thing, which wraps.");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDraftMarkAtTheTopOfTheNextPageIsNotPartOfTheLastRecommendation() {
        List<PublishedRecommendation> recommendations = parse("Recommendations\n\nThe Anytown YJS Board should:\n\n"
                + "1. agree a plan\n2. record management oversight consistently\nDraft\n3\nContextual facts\n");

        assertThat(recommendations).extracting(PublishedRecommendation::text).containsExactly("agree a plan",
                "record management oversight consistently");
    }

    @Test
    void aRecommendationCountThatDoesNotMatchIsWarnedAbout() {
        parse("Recommendations\n\nwe have made five recommendations.\n\nThe board should:\n\n1. do one thing.\n");

        assertThat(warnings).extracting(ImportWarning::message).containsExactly(
                "the report says it makes 5 recommendations but lists 1");
    }

    @Test
    void noRecommendationsSectionIsReportedAsMissing() {
        assertThat(parse("Foreword\n\nText.\n")).isEmpty();
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.NOT_FOUND);
    }

    @Test
    void bulletedAddresseesOverBulletedRecommendationsAreAddresseesNotRecommendations() {
        List<PublishedRecommendation> recommendations = parse("Recommendations\n\nWe have made three recommendations.\n\n"
                + "\u2022 The Anytown YJS manager should:\n\u2022 ensure that plans are reviewed.\n"
                + "\u2022 ensure that victims are contacted.\n\u2022 The Anytown management board should:\n"
                + "\u2022 make sure that the service is resourced.\n");

        assertThat(recommendations).extracting(PublishedRecommendation::addressee).containsExactly("The Anytown YJS manager",
                "The Anytown YJS manager", "The Anytown management board");
        assertThat(recommendations.get(2).text()).isEqualTo("make sure that the service is resourced.");
        assertThat(warnings).isEmpty();
    }
}
