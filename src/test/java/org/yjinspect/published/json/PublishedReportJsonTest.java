package org.yjinspect.published.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.RecordedPanelDecision;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

class PublishedReportJsonTest {
    private static PublishedReport report(List<PublishedStandard> standards) {
        return new PublishedReport("anytown.txt", "Anytown YJS", YearMonth.of(2022, 5), null, FrameworkVersion.V2021, 20,
                36, Rating.GOOD, standards, new CasesInspected(4, 8, null), List.of(), CaseManagerInterviews.UNKNOWN,
                List.of(), List.of(), List.of(), List.of(ImportWarning.at(WarningKind.OCR_SLIP, "a slip", 12)));
    }

    private static PublishedKeyQuestion question(CaseFigure figure) {
        return new PublishedKeyQuestion("Does it hold?", figure,
                List.of(new PromptFigure("a", "Is it done?", CaseFigure.yesOnly(2))));
    }

    @Test
    void fieldsComeInTheDocumentedOrder() {
        ObjectNode json = new PublishedReportJson().toJson(report(List.of()));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("source", "service", "published", "fieldwork", "frameworkVersion", "score",
                "maxScore", "overallRating", "standards", "cases", "oocdDisposalTypes", "caseManagerInterviews",
                "recommendations", "contextualFacts", "discretion", "warnings");
        assertThat(json.path("published").asText()).isEqualTo("2022-05");
        assertThat(json.path("cases").path("resettlement").isNull()).isTrue();
        assertThat(json.path("warnings").get(0).path("line").asInt()).isEqualTo(12);
    }

    @Test
    void rateableKeyQuestionsAreRatingInputAndOthersAreKeptApart() {
        PublishedStandard complete = new PublishedStandard("2.1", "Assessment", Rating.GOOD, Rating.REQUIRES_IMPROVEMENT,
                List.of(question(CaseFigure.counted(3, 4)), question(CaseFigure.printed(50))), true,
                new RecordedPanelDecision(Rating.GOOD, "The panel used discretion."));
        PublishedStandard incomplete = new PublishedStandard("2.2", "Planning", Rating.GOOD, null,
                List.of(question(CaseFigure.counted(3, 4))), false, null);

        JsonNode standards = new PublishedReportJson().toJson(report(List.of(complete, incomplete))).path("standards");

        JsonNode first = standards.get(0).path("keyQuestions");
        assertThat(first.get(0).path("yes").asInt()).isEqualTo(3);
        assertThat(first.get(0).path("relevant").asInt()).isEqualTo(4);
        assertThat(first.get(0).path("percent").asInt()).isEqualTo(75);
        assertThat(first.get(1).has("yes")).isFalse();
        assertThat(first.get(0).path("prompts").get(0).has("percent")).isFalse();
        assertThat(standards.get(0).path("panel").path("rating").asText()).isEqualTo("Good");
        assertThat(standards.get(1).has("keyQuestions")).isFalse();
        assertThat(standards.get(1).path("keyQuestionsFound")).hasSize(1);
    }
}
