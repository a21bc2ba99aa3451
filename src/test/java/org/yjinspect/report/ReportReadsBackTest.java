package org.yjinspect.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.context.app.AddFigureCommand;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.domain.KeyQuestionLine;
import org.yjinspect.report.domain.RatingLine;
import org.yjinspect.report.domain.StandardChapter;
import org.yjinspect.report.domain.StandardData;
import org.yjinspect.report.render.ReportRenderer;

/**
 * The generated report reads back: a stored inspection built from the Kingston and Richmond seed's
 * counts is rendered to PDF, its text extracted with PDFBox and given to our own importer of
 * published reports, which must read the same ratings, score, key-question figures, prompt
 * figures and case counts. This keeps the report's layout honest to the published structure.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportReadsBackTest {
    private static final String[][] RECOMMENDATIONS = {
        {"The Northshire Youth Justice Management Board", "implement the findings of its health review"},
        {"Northshire Youth Justice Service", "improve contingency planning to keep children and other people safe"},
        {"Northshire Youth Justice Service", "record management oversight of out-of-court disposals consistently"}};
    private static String text;
    private static final long PROMPT_SEED = Long.getLong("yjinspect.report.seed", 20261201L);
    private static Application app;
    private static InspectionReport report;
    private static PublishedReport readBack;
    private static JsonNode seed;

    @BeforeAll
    static void build(Application opened) throws IOException {
        app = opened;
        System.out.println("ReportReadsBackTest: prompt answers seeded with " + PROMPT_SEED
                + " (-Dyjinspect.report.seed=N to vary)");
        seed = SeedInspection.figures("kingston-richmond-2021.json");
        List<DisposalType> outOfCourt = List.of(DisposalType.YOUTH_CONDITIONAL_CAUTION,
                DisposalType.YOUTH_CONDITIONAL_CAUTION, DisposalType.YOUTH_CONDITIONAL_CAUTION, DisposalType.YOUTH_CAUTION,
                DisposalType.COMMUNITY_RESOLUTION, DisposalType.COMMUNITY_RESOLUTION);
        Inspection inspection = SeedInspection.build(app, seed, outOfCourt, PROMPT_SEED);
        for (String[] r : RECOMMENDATIONS) {
            app.recommendations().add(new AddRecommendationCommand(inspection.id(), r[0], r[1], SeedInspection.LEAD));
        }
        // Strengths and areas for improvement in every domain: the read-back must hold with them in the chapters.
        for (int domain : app.findings().domains(inspection.id()).stream().mapToInt(d -> d.number()).toArray()) {
            app.findings().add(new AddFindingCommand(inspection.id(), domain, FindingKind.STRENGTH, "Staff knew the"
                    + " children well and built trusting relationships with them and their parents/carers.",
                    SeedInspection.LEAD));
            app.findings().add(new AddFindingCommand(inspection.id(), domain, FindingKind.AREA_FOR_IMPROVEMENT,
                    "Planning to keep other people safe did not always address the risks identified.",
                    SeedInspection.LEAD));
        }
        app.contextualFacts().addFigure(new AddFigureCommand(inspection.id(), "Reoffending rate (national)", "34.9%",
                "MoJ proven reoffending statistics", SeedInspection.LEAD));
        report = app.reports().report(inspection.id());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ReportRenderer().pdf(report, pdf);
        Path out = Path.of("target", "report");
        Files.createDirectories(out);
        Files.write(out.resolve("kingston-richmond-readback.pdf"), pdf.toByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        Files.writeString(out.resolve("kingston-richmond-readback.txt"), text);
        readBack = new ImportPublishedReport(v -> Optional.of(FrameworkCatalogue.load(v))).importText("report.pdf", text);
    }

    @Test
    void theStoredInspectionHasTheSeedsRatings() {
        assertThat(report.ratings().score()).isEqualTo(seed.get("score").asInt());
        assertThat(report.ratings().overallShown()).isEqualTo(seed.get("overallRating").asText());
        for (JsonNode standard : seed.get("standards")) {
            assertThat(line(standard.get("number").asText()).shown()).as(standard.get("number").asText())
                    .isEqualTo(standard.get("rating").asText());
        }
    }

    @Test
    void theRatingsPageReadsBack() {
        assertThat(readBack.service()).isEqualTo(report.title().service());
        assertThat(readBack.score()).isEqualTo(report.ratings().score());
        assertThat(readBack.maxScore()).isEqualTo(36);
        assertThat(readBack.overallRating()).isEqualTo(report.ratings().overall().orElseThrow());
        List<String> expected = new ArrayList<>();
        List<String> read = new ArrayList<>();
        report.ratings().domains().forEach(d -> d.standards().forEach(l -> expected.add(l.number() + " "
                + l.rating().map(Rating::label).orElse("-"))));
        readBack.standards().forEach(s -> read.add(s.number() + " " + (s.rating() == null ? "-" : s.rating().label())));
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @Test
    void everyKeyQuestionFigureReadsBack() {
        for (StandardChapter standard : chapters()) {
            PublishedStandard printed = readBack.standard(standard.number()).orElseThrow();
            assertThat(printed.keyQuestions()).as(standard.number()).hasSameSizeAs(standard.keyQuestions());
            for (int i = 0; i < standard.keyQuestions().size(); i++) {
                KeyQuestionLine kq = standard.keyQuestions().get(i);
                PublishedKeyQuestion got = printed.keyQuestions().get(i);
                assertThat(got.figure().yes() + "/" + got.figure().relevant()).as(standard.number() + " kq " + (i + 1))
                        .isEqualTo(kq.yes() + "/" + kq.relevant());
            }
            assertThat(printed.computedRating()).as(standard.number()).isEqualTo(standard.rating().rating().orElseThrow());
        }
    }

    @Test
    void everyPromptFigureReadsBack() {
        int prompts = 0;
        for (StandardData standard : report.data()) {
            PublishedStandard printed = readBack.standard(standard.number()).orElseThrow();
            for (int q = 0; q < standard.keyQuestions().size(); q++) {
                StandardData.KeyQuestionData kq = standard.keyQuestions().get(q);
                List<String> expected = kq.prompts().stream().map(p -> p.yes() + "/" + p.relevant()).toList();
                List<String> got = printed.keyQuestions().get(q).prompts().stream()
                        .map(p -> p.figure().yes() + "/" + p.figure().relevant()).toList();
                assertThat(got).as(standard.number() + " kq " + (q + 1) + " prompts").isEqualTo(expected);
                prompts += expected.size();
            }
        }
        assertThat(prompts).isGreaterThan(50);
    }

    @Test
    void theCaseCountsReadBack() {
        assertThat(readBack.cases().court()).isEqualTo(seed.get("cases").get("court").asInt());
        assertThat(readBack.cases().outOfCourt()).isEqualTo(seed.get("cases").get("outOfCourt").asInt());
        assertThat(readBack.oocdDisposalTypes()).extracting(t -> t.count() + " " + t.type())
                .containsExactly("3 youth conditional caution", "1 youth caution", "2 community resolution");
    }

    @Test
    void theRecommendationsReadBackByAddressee() {
        assertThat(readBack.recommendations()).extracting(r -> r.addressee() + ": " + r.text())
                .containsExactly(java.util.Arrays.stream(RECOMMENDATIONS).map(r -> r[0] + ": " + r[1]).toArray(String[]::new));
    }

    @Test
    void theContextualFactsHoldTheCaseloadProfileAndTheFiguresEntered() {
        assertThat(report.inputs().context()).isPresent();
        assertThat(text).contains("Caseload information: the profile of the 14 cases in the imported caseload.")
                .contains("Gender").contains("Reoffending rate (national) 34.9% MoJ proven reoffending statistics");
    }

    private static List<StandardChapter> chapters() {
        return report.chapters().stream().flatMap(c -> c.standards().stream()).filter(StandardChapter::caseBased).toList();
    }

    private static RatingLine line(String number) {
        return report.ratings().domains().stream().flatMap(d -> d.standards().stream())
                .filter(l -> l.number().equals(number)).findFirst().orElseThrow();
    }
}
