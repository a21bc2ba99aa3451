package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.app.PublishedInspections.PublishedInspection;
import org.yjinspect.published.domain.PrintedKeyQuestionFigure;
import org.yjinspect.published.json.PublishedFiguresException;
import org.yjinspect.rating.domain.Rating;

/**
 * The catalogue of published inspections the project holds: the five reports' figures, each
 * with its month of publication and the engine's re-rating; a broken file stops it with the
 * file and the field named.
 */
class PublishedInspectionsTest {
    private final PublishedInspections held = new PublishedInspections(PublishedInspections.HELD, FrameworkCatalogue::load);

    @Test
    void holdsTheFivePublishedInspectionsNewestFirst() {
        assertThat(held.all()).extracting(p -> p.figures().id()).containsExactly("suffolk-2023", "portsmouth-2022",
                "plymouth-2022", "torbay-2021", "kingston-richmond-2021");
        PublishedInspection plymouth = held.find("plymouth-2022").orElseThrow();
        assertThat(plymouth.figures().service()).isEqualTo("Plymouth Youth Justice Service");
        assertThat(plymouth.figures().published()).isEqualTo(YearMonth.of(2022, 2));
        assertThat(plymouth.figures().frameworkVersion()).isEqualTo(FrameworkVersion.V2021);
        assertThat(plymouth.figures().score()).isEqualTo(24);
        assertThat(plymouth.figures().overallRating()).isEqualTo(Rating.GOOD);
        assertThat(held.find("torbay-2021").orElseThrow().figures().note()).contains("draft");
        assertThat(held.find("no-such-report")).isEmpty();
    }

    @Test
    void keepsEachKeyQuestionFigureAsTheReportPrintsIt() {
        var plymouth21 = held.find("plymouth-2022").orElseThrow().figures().standard("2.1").orElseThrow();
        assertThat(plymouth21.keyQuestions()).extracting(PrintedKeyQuestionFigure::printed)
                .containsExactly("100%", "75%", "50%");
        assertThat(plymouth21.panel().rating()).isEqualTo(Rating.GOOD);
        var kingston22 = held.find("kingston-richmond-2021").orElseThrow().figures().standard("2.2").orElseThrow();
        assertThat(kingston22.keyQuestions()).extracting(PrintedKeyQuestionFigure::printed)
                .containsExactly("7 of 8", "6 of 7", "7 of 7");
        assertThat(kingston22.panel()).isNull();
    }

    @Test
    void theEngineReRatesEveryOneToItsPublishedRatings() {
        for (PublishedInspection inspection : held.all()) {
            assertThat(inspection.reRating().publishedDifferences()).as(inspection.figures().id()).isEmpty();
            assertThat(inspection.reRating().score().score()).isEqualTo(inspection.figures().score());
            assertThat(inspection.reRating().overallRating()).contains(inspection.figures().overallRating());
        }
    }

    @Test
    void aFileTheIndexListsButTheBuildLacksIsNamed() {
        assertThatThrownBy(() -> faulty("missing-file").all()).isInstanceOf(PublishedFiguresException.class)
                .hasMessage("figures-faults/missing-file/not-there.json: missing from the build, though"
                        + " figures-faults/missing-file/index.txt lists it");
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedByFileAndField() {
        assertThatThrownBy(() -> faulty("bad-month").all()).isInstanceOf(PublishedFiguresException.class)
                .hasMessage("figures-faults/bad-month/one-report.json: published: 'February 2022' is not a month;"
                        + " give the month of publication as 2022-02");
    }

    @Test
    void aStandardWithoutItsPublishedRatingIsRefusedByFileAndField() {
        assertThatThrownBy(() -> faulty("no-rating").all()).isInstanceOf(PublishedFiguresException.class)
                .hasMessageStartingWith("figures-faults/no-rating/one-report.json: standards[1].rating: missing");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> faulty("broken-json").all()).isInstanceOf(PublishedFiguresException.class)
                .hasMessageStartingWith("figures-faults/broken-json/one-report.json: line 3, column")
                .hasMessageContaining("malformed JSON");
    }

    private static PublishedInspections faulty(String folder) {
        return new PublishedInspections("/figures-faults/" + folder + "/", FrameworkCatalogue::load);
    }
}
