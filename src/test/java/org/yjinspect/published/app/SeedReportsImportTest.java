package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.ReportProjection;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.support.NeedsSeeds;

/**
 * The five seed reports import to the hand-checked expected output in
 * src/test/resources/published/expected: every ratings-page field, every key-question and prompt
 * figure, the cases, recommendations, contextual facts, discretion and the known seed defects
 * as warnings.
 */
@NeedsSeeds
class SeedReportsImportTest {
    private final ImportPublishedReport importer = Importers.real();

    static Stream<String> seeds() {
        return Seeds.stems();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void importsToTheHandCheckedExpectedOutput(String stem) throws IOException {
        PublishedReport report = importer.importText(stem + ".txt", Seeds.text(stem));

        assertThat(ReportProjection.text(ReportProjection.of(report))).isEqualTo(ReportProjection.text(expected(stem)));
    }

    @Test
    void plymouthRecordsTheRatingsPanelDiscretionOnCourtAndOutOfCourtAssessment() {
        PublishedReport report = importer.importText("p.txt", Seeds.text(Seeds.PLYMOUTH));

        assertThat(report.discretion()).extracting(d -> d.standard()).containsExactly("2.1", "3.1");
        PublishedStandard courtAssessment = report.standard("2.1").orElseThrow();
        assertThat(courtAssessment.computedRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(courtAssessment.panel().rating()).isEqualTo(Rating.GOOD);
        assertThat(courtAssessment.panel().rationale()).contains("small sample", "professional discretion");
        assertThat(report.standard("2.2").orElseThrow().panel()).as("discretion not exercised on planning").isNull();
    }

    @Test
    void courtAndOutOfCourtStandardsOfTheSameNameKeepTheirOwnFigures() {
        PublishedReport report = importer.importText("k.txt", Seeds.text(Seeds.KINGSTON_RICHMOND));

        assertThat(report.standard("2.1").orElseThrow().keyQuestions().get(2).figure().describe()).isEqualTo("7/8 (88%)");
        assertThat(report.standard("3.1").orElseThrow().keyQuestions().get(2).figure().describe()).isEqualTo("4/6 (67%)");
        assertThat(report.standard("3.2").orElseThrow().rating()).isEqualTo(Rating.INADEQUATE);
    }

    @Test
    void torbayReportIsFoundInsideTheCouncilAgendaPack() {
        PublishedReport report = importer.importText("t.txt", Seeds.text(Seeds.TORBAY));

        assertThat(report.published()).hasToString("2021-03");
        assertThat(report.recommendations()).hasSize(8);
        assertThat(report.warnings()).filteredOn(w -> w.kind() == WarningKind.EMBEDDED_REPORT).hasSize(2);
        assertThat(report.standard("3.3").orElseThrow().keyQuestions().get(2).figure().describe())
                .as("a key-question row broken over two lines by OCR").isEqualTo("0/1 (0%)");
    }

    @ParameterizedTest
    @MethodSource("knownDefects")
    void knownSeedDefectsComeOutAsWarnings(String stem, WarningKind kind, String words) {
        PublishedReport report = importer.importText(stem + ".txt", Seeds.text(stem));

        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(kind);
            assertThat(w.message()).contains(words);
        });
    }

    static Stream<Arguments> knownDefects() {
        return Stream.of(
                Arguments.of(Seeds.KINGSTON_RICHMOND, WarningKind.TEMPLATE_TEXT, "ten standards"),
                Arguments.of(Seeds.KINGSTON_RICHMOND, WarningKind.TEMPLATE_TEXT, "0-30 scale"),
                Arguments.of(Seeds.TORBAY, WarningKind.TEMPLATE_TEXT, "ten standards"),
                Arguments.of(Seeds.TORBAY, WarningKind.OCR_SLIP, "key guestions"),
                Arguments.of(Seeds.TORBAY, WarningKind.OCR_SLIP, "'o' printed as a figure"),
                Arguments.of(Seeds.PLYMOUTH, WarningKind.QUESTION_COUNT, "1.2"),
                Arguments.of(Seeds.PLYMOUTH, WarningKind.PROMPT_LETTERS, "d) is printed twice"),
                Arguments.of(Seeds.PORTSMOUTH, WarningKind.PROMPT_LETTERS, "d) is printed twice"),
                Arguments.of(Seeds.PLYMOUTH, WarningKind.UNREADABLE_LINE, "standard 3.2"),
                Arguments.of(Seeds.PLYMOUTH, WarningKind.PROMPTS_DO_NOT_RECONCILE, "standard 3.1 key question 2"),
                Arguments.of(Seeds.PLYMOUTH, WarningKind.PROMPTS_DO_NOT_RECONCILE, "standard 2.4 key question 3"),
                Arguments.of(Seeds.SUFFOLK, WarningKind.NOT_FOUND, "contextual facts"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSeedNeedsAWarningAboutItsRatingsPageOrItsRatings(String stem) {
        PublishedReport report = importer.importText(stem + ".txt", Seeds.text(stem));

        assertThat(report.warnings()).extracting(w -> w.kind()).doesNotContain(WarningKind.SCORE_MISMATCH,
                WarningKind.OVERALL_MISMATCH, WarningKind.RATING_DIFFERS, WarningKind.SECTION_FAILED,
                WarningKind.VERSION_UNCERTAIN, WarningKind.CATALOGUE);
    }

    @Test
    void frameworkVersionIsToldFromTheContent() {
        Map<String, String> versions = Map.of(Seeds.PLYMOUTH, "2021", Seeds.KINGSTON_RICHMOND, "2018",
                Seeds.PORTSMOUTH, "2021", Seeds.SUFFOLK, "2021", Seeds.TORBAY, "2018");
        versions.forEach((stem, version) -> assertThat(importer.importText(stem, Seeds.text(stem))
                .frameworkVersion().label()).as(stem).isEqualTo(version));
    }

    private static JsonNode expected(String stem) throws IOException {
        try (InputStream in = SeedReportsImportTest.class.getResourceAsStream("/published/expected/" + stem + ".json")) {
            assertThat(in).as("expected output for " + stem).isNotNull();
            return ReportProjection.MAPPER.readTree(in);
        }
    }
}
