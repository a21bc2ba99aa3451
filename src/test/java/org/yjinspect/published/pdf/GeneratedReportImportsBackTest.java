package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.support.Importers;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.report.SeedInspection;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.domain.KeyQuestionLine;
import org.yjinspect.report.domain.StandardChapter;
import org.yjinspect.report.domain.StandardData;
import org.yjinspect.report.render.ReportRenderer;

/**
 * The PDF our own report renderer makes (an inspection built from the Kingston and Richmond
 * seed's counts, set up as {@code report.ReportReadsBackTest} does) imports back exactly through
 * the PDF path: ratings page, every key-question and prompt figure, cases, recommendations; and
 * the Draft mark and page numbers on every page are not in the text the readers get.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class GeneratedReportImportsBackTest {
    private static InspectionReport report;
    private static byte[] pdf;
    private static PublishedReport readBack;

    @BeforeAll
    static void render(Application app, @TempDir Path dir) throws Exception {
        JsonNode seed = SeedInspection.figures("kingston-richmond-2021.json");
        Inspection inspection = SeedInspection.build(app, seed, List.of(DisposalType.YOUTH_CONDITIONAL_CAUTION,
                DisposalType.YOUTH_CONDITIONAL_CAUTION, DisposalType.YOUTH_CONDITIONAL_CAUTION, DisposalType.YOUTH_CAUTION,
                DisposalType.COMMUNITY_RESOLUTION, DisposalType.COMMUNITY_RESOLUTION), 20261201L);
        app.recommendations().add(new AddRecommendationCommand(inspection.id(), "Northshire Youth Justice Service",
                "improve contingency planning to keep children and other people safe", SeedInspection.LEAD));
        report = app.reports().report(inspection.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().pdf(report, out);
        pdf = out.toByteArray();
        // Named without ".pdf": the importer tells a PDF by its content.
        Path file = Files.write(dir.resolve("northshire-report"), pdf);
        readBack = Importers.real().importFile(new ImportPublishedReportCommand(file));
    }

    @Test
    void theRatingsPageReadsBack() {
        assertThat(readBack.service()).isEqualTo(report.title().service());
        assertThat(readBack.score()).isEqualTo(report.ratings().score());
        assertThat(readBack.overallRating()).isEqualTo(report.ratings().overall().orElseThrow());
        List<String> expected = new ArrayList<>();
        report.ratings().domains().forEach(d -> d.standards().forEach(l -> expected.add(l.number() + " "
                + l.rating().map(Rating::label).orElse("-"))));
        assertThat(readBack.standards()).extracting(s -> s.number() + " " + (s.rating() == null ? "-" : s.rating().label()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyKeyQuestionAndPromptFigureReadsBack() {
        for (StandardChapter standard : report.chapters().stream().flatMap(c -> c.standards().stream())
                .filter(StandardChapter::caseBased).toList()) {
            PublishedStandard printed = readBack.standard(standard.number()).orElseThrow();
            assertThat(printed.keyQuestions()).as(standard.number()).hasSameSizeAs(standard.keyQuestions());
            for (int i = 0; i < standard.keyQuestions().size(); i++) {
                KeyQuestionLine kq = standard.keyQuestions().get(i);
                assertThat(printed.keyQuestions().get(i).figure().describe()).as(standard.number() + " kq " + (i + 1))
                        .startsWith(kq.yes() + "/" + kq.relevant());
            }
            assertThat(printed.computedRating()).as(standard.number()).isEqualTo(standard.rating().rating().orElseThrow());
        }
        for (StandardData standard : report.data()) {
            List<PublishedKeyQuestion> printed = readBack.standard(standard.number()).orElseThrow().keyQuestions();
            for (int q = 0; q < standard.keyQuestions().size(); q++) {
                assertThat(printed.get(q).prompts()).extracting(p -> p.figure().yes() + "/" + p.figure().relevant())
                        .as(standard.number() + " kq " + (q + 1) + " prompts")
                        .containsExactlyElementsOf(standard.keyQuestions().get(q).prompts().stream()
                                .map(p -> p.yes() + "/" + p.relevant()).toList());
            }
        }
    }

    @Test
    void theCasesAndRecommendationsReadBack() {
        assertThat(readBack.cases().court()).isEqualTo(8);
        assertThat(readBack.cases().outOfCourt()).isEqualTo(6);
        assertThat(readBack.oocdDisposalTypes()).extracting(t -> t.count() + " " + t.type())
                .containsExactly("3 youth conditional caution", "1 youth caution", "2 community resolution");
        assertThat(readBack.recommendations()).extracting(r -> r.addressee() + ": " + r.text()).containsExactly(
                "Northshire Youth Justice Service: improve contingency planning to keep children and other people safe");
    }

    @Test
    void theDraftMarkAndPageNumbersOfEveryPageAreLeftOut() {
        List<String> lines = PdfText.read(pdf).lines().toList();

        assertThat(lines).filteredOn(l -> l.matches("\\d{1,3}")).as("page numbers").isEmpty();
        assertThat(lines).filteredOn("Draft"::equals).as("the Draft mark at the head of every page").hasSizeLessThan(2);
        assertThat(lines).contains("Ratings");
    }
}
