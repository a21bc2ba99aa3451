package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.json.PublishedReportJson;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.json.RatingInputReader;
import org.yjinspect.support.NeedsSeeds;

/** The JSON of an imported report is rating input that reproduces the report's published ratings page. */
@NeedsSeeds
class ImportedJsonIsRatingInputTest {
    static Stream<String> seeds() {
        return Seeds.stems();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reratingTheImportedSeedGivesItsPublishedRatings(String stem) throws Exception {
        PublishedReport report = Importers.real().importText(stem + ".txt", Seeds.text(stem));
        String json = new PublishedReportJson().write(report);

        InspectionRating rating = new RateInspection(FrameworkCatalogue::load).rate(
                new RatingInputReader(FrameworkCatalogue::load).read(
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), stem));

        assertThat(rating.publishedDifferences()).isEmpty();
        assertThat(rating.score().score()).isEqualTo(report.score());
        assertThat(rating.overallRating()).contains(report.overallRating());
        for (StandardResult result : rating.standards()) {
            assertThat(result.finalRating()).as(result.number())
                    .contains(report.standard(result.number()).orElseThrow().rating());
        }
    }
}
