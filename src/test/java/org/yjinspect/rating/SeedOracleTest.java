package org.yjinspect.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.StandardEntry;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.json.RatingInputReader;

/**
 * The test oracle: the five published reports' key-question figures (src/main/resources/published/figures,
 * provenance in docs/oracle.md) must give every published standard rating, score and overall
 * rating. Where a report says the ratings panel used discretion, a trigger must hold and the
 * recorded panel decision must give the published rating.
 */
class SeedOracleTest {
    /** Standards where the seeds say the ratings panel used discretion. */
    private static final Map<String, List<String>> DISCRETION = Map.of("plymouth-2022", List.of("2.1", "3.1"));

    static Stream<String> seeds() {
        return Stream.of("plymouth-2022", "kingston-richmond-2021", "portsmouth-2022", "suffolk-2023", "torbay-2021");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyPublishedRatingScoreAndOverallRatingIsReproduced(String seed) throws Exception {
        RateInspectionCommand command = read(seed);

        InspectionRating rating = new RateInspection(FrameworkCatalogue::load).rate(command);

        assertThat(rating.publishedDifferences()).as("differences from the published report").isEmpty();
        assertThat(rating.score().score()).isEqualTo(command.publishedScore().orElseThrow());
        assertThat(rating.score().maxScore()).isEqualTo(36);
        assertThat(rating.overallRating()).isEqualTo(command.publishedOverall());
        for (StandardEntry entry : command.standards()) {
            assertThat(result(rating, entry.number()).finalRating()).as("standard %s", entry.number())
                    .isEqualTo(entry.rating());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void panelDiscretionIsUsedExactlyWhereTheReportSaysAndATriggerAllowsIt(String seed) throws Exception {
        InspectionRating rating = new RateInspection(FrameworkCatalogue::load).rate(read(seed));

        for (StandardResult standard : rating.standards()) {
            boolean reportSaysDiscretion = DISCRETION.getOrDefault(seed, List.of()).contains(standard.number());
            assertThat(standard.panel().value().moved()).as("panel moved %s", standard.number()).isEqualTo(reportSaysDiscretion);
            if (reportSaysDiscretion) {
                assertThat(standard.triggers().any()).as("trigger for %s", standard.number()).isTrue();
                assertThat(standard.computed().rating()).isNotEqualTo(standard.finalRating());
            }
        }
    }

    private static RateInspectionCommand read(String seed) throws Exception {
        Path file = Path.of(SeedOracleTest.class.getResource("/published/figures/" + seed + ".json").toURI());
        return new RatingInputReader(FrameworkCatalogue::load).read(file);
    }

    private static StandardResult result(InspectionRating rating, String number) {
        return Stream.concat(rating.standards().stream(), rating.separatelyRated().stream())
                .filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
