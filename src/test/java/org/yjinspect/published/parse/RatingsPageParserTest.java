package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.rating.domain.Rating;

class RatingsPageParserTest {
    private static RatingsPage parse(String text) {
        ReportText report = TextNormaliser.normalise(text);
        return RatingsPageParser.parse(report, 0, report.size()).orElseThrow();
    }

    @Test
    void readsATabbedRatingsPageWithAnOcrSplitOverallLine() {
        RatingsPage page = parse("Ratings\n\nAnyt\tAnytown Youth Justice Service Score\t\t20/36\n"
                + "Overal\tl rating\tGood\t\n1.\tOrganisational delivery\t\t\n1.1\tGovernance and leadership\tGood\t\n"
                + "2.2\tPlanning\tRequires Improvement\t\n\nExecutive summary\n");

        assertThat(page.service()).isEqualTo("Anytown Youth Justice Service");
        assertThat(page.score()).isEqualTo(20);
        assertThat(page.maxScore()).isEqualTo(36);
        assertThat(page.overall()).isEqualTo(Rating.GOOD);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::number).containsExactly("1.1", "2.2");
        assertThat(page.standards().get(1).rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void readsALayoutWithEachRatingOnALineOfItsOwn() {
        RatingsPage page = parse("Ratings\n\nAnytown Youth Offending Team\nFieldwork completed May 2023\n\nScore 9/36\n\n"
                + "Overall rating\n\nRequires improvement\n\n1. Organisational delivery\n\n1.1 Governance and leadership\n\n"
                + "Inadequate\n\n4. Resettlement\n\n4.1 Resettlement policy and provision\n\nGood\n\n"
                + "\u00b9 The resettlement standard does not count.\n\nRecommendations\n");

        assertThat(page.service()).isEqualTo("Anytown Youth Offending Team");
        assertThat(page.fieldworkLine()).isEqualTo("Fieldwork completed May 2023");
        assertThat(page.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating)
                .containsExactly(Rating.INADEQUATE, Rating.GOOD);
    }

    @Test
    void aScoreSplitFromItsLabelIsStillRead() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\n\nScore\n\n24/36\n\nOverall rating: Good\n\n"
                + "Standard 1.1 Governance and leadership Good\n");

        assertThat(page.score()).isEqualTo(24);
        assertThat(page.overall()).isEqualTo(Rating.GOOD);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::number).containsExactly("1.1");
    }
}
