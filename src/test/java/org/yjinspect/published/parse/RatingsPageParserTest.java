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

    @Test
    void ratingWordsSplitByTextExtractionAreRead() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\tScore\t9/36\nOverall rating\tRequires i mprovement\n"
                + "1.1\tGovernance and leadership\tInadeq uate\n1.2\tStaff\tOutst anding\n2.1\tAssessment\tG ood\n");

        assertThat(page.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating)
                .containsExactly(Rating.INADEQUATE, Rating.OUTSTANDING, Rating.GOOD);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::name)
                .containsExactly("Governance and leadership", "Staff", "Assessment");
    }

    @Test
    void aPageExtractedColumnByColumnGivesEachStandardItsOwnRating() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\nScore 7/36\nOverall rating\n1. Organisational delivery\n"
                + "1.1 Governance and leadership\n1.2 Staff\n2. Court disposals\n2.1 Assessment\n"
                + "Requires improvement\nInadequate\nGood\nRequires improvement\n\nExecutive summary\n");

        assertThat(page.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating)
                .containsExactly(Rating.INADEQUATE, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.strayRatings()).isZero();
    }

    @Test
    void standardsPrintedWithoutNumbersAreToldByNameAndDomain() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\nScore: 20 / 36\nOverall rating: Good\nStandard\tRating\n"
                + "Organisational delivery\nGovernance and leadership\tGood\nStaff\tGood\nCourt disposals\n"
                + "Assessment\tGood\nReview\tGood\nOut of court disposals\nAssessment\tRequires Improvement\n"
                + "Policy & provision\tGood\nResettlement\nPolicy and provision\tNot rated\n");

        assertThat(page.score()).isEqualTo(20);
        assertThat(page.service()).isEqualTo("Anytown YJS");
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::number)
                .containsExactly("1.1", "1.2", "2.1", "2.4", "3.1", "3.4", "4.1");
        assertThat(page.standards().get(4).rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.notRated()).containsExactly("4.1");
    }

    @Test
    void withoutDomainsTheSecondAssessmentIsTheOutOfCourtOne() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\nOverall score 24 out of 36\nOverall rating\nGood\n"
                + "Information and facilities Good\nAssessment Outstanding\nReviewing Good\nAssessment Inadequate\n"
                + "Joint working Good\n");

        assertThat(page.score()).isEqualTo(24);
        assertThat(page.maxScore()).isEqualTo(36);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::number)
                .containsExactly("1.4", "2.1", "2.4", "3.1", "3.4");
        assertThat(page.standards().get(3).rating()).isEqualTo(Rating.INADEQUATE);
    }

    @Test
    void aMarkdownTableWithTheStarAfterOutstandingIsRead() {
        RatingsPage page = parse("## Ratings\n\n| Anytown YJS | Score | 31/36 |\n|---|:---:|---|\n"
                + "| Overall rating | | Outstanding |\n| **2. Court disposals** | | |\n"
                + "| 2.1 | Assessment | Outstanding \u2605 |\n| 2.2 | Planning | Outstanding * |\n"
                + "| 2.3 | Implementation and delivery | Outstanding \u00ab |\n");

        assertThat(page.service()).isEqualTo("Anytown YJS");
        assertThat(page.overall()).isEqualTo(Rating.OUTSTANDING);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating).containsOnly(Rating.OUTSTANDING)
                .hasSize(3);
    }

    @Test
    void requiresAndImprovementOnLinesOfTheirOwnAreOneRatingAndAPageBreakDoesNotEndThePage() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\n\nScore\n\n17/36\n\nOverall rating\n\nRequires\nimprovement\n\n"
                + "1.1 Governance and leadership\n\nRequires\n\nimprovement\n\n12\n\n"
                + "Inspection of youth offending services in: Anytown 12\n\n1.2 Staff Requires\nimprovement\n\n"
                + "Executive summary\n\n1.3 Partnerships and services Good\n");

        assertThat(page.overall()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating)
                .containsExactly(Rating.REQUIRES_IMPROVEMENT, Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void aRatingsLineInTheContentsIsNotTakenForThePage() {
        RatingsPage page = parse("Contents\n\nForeword\nRatings\nRecommendations\nBackground\n\nForeword\n\n"
                + "A foreword long enough to be prose rather than a contents entry, about the inspection and the service.\n\n"
                + "Ratings\n\nAnytown YJS\nScore 18/36\nOverall rating Requires improvement\n1.1 Staff Good\n");

        assertThat(page.score()).isEqualTo(18);
        assertThat(page.service()).isEqualTo("Anytown YJS");
    }

    @Test
    void ratingsNoStandardWaitedForAreCounted() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\nScore 20/36\nOverall rating Good\n1.1 Staff Good\nGood\nGood\n");

        assertThat(page.strayRatings()).isEqualTo(2);
    }

    @Test
    void aRatingLineLostUnderOneStandardDoesNotShiftTheOthers() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\n\nScore 20/36\n\nOverall rating\n\nGood\n\n"
                + "1.1 Governance and leadership\n\nGood\n\n1.2 Staff\n\n1.3 Partnerships and services\n\nOutstanding\n\n"
                + "1.4 Information and facilities\n\nInadequate\n");

        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating)
                .containsExactly(Rating.GOOD, null, Rating.OUTSTANDING, Rating.INADEQUATE);
        assertThat(page.unmatched()).isFalse();
    }

    @Test
    void standardsAndRatingsPrintedApartThatDoNotPairUpAreNotPaired() {
        RatingsPage page = parse("Ratings\n\nAnytown YJS\nScore 7/36\nOverall rating Requires improvement\n"
                + "1.1 Governance and leadership\n1.2 Staff\n1.3 Partnerships and services\nInadequate\nGood\n\n"
                + "Executive summary\n");

        assertThat(page.standards()).extracting(RatingsPage.PrintedRating::rating).containsOnlyNulls();
        assertThat(page.unmatched()).isTrue();
    }
}
