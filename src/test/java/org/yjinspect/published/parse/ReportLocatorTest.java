package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

class ReportLocatorTest {
    @Test
    void aReportInsideAnAgendaPackIsFoundByItsTitleAndBackCover() {
        String pack = "Agenda item\n".repeat(12) + "An inspection of youth offending services in\n\n# **Anytown YOT**\n\n"
                + "Ratings\n\nScore 20/36\n\nText of the report.\n\nISBN: xxx\n\n" + "Appendix line\n".repeat(12);
        ReportText text = TextNormaliser.normalise(pack);
        List<ImportWarning> warnings = new ArrayList<>();

        ReportSpan span = ReportLocator.locate(text, warnings);

        assertThat(text.get(span.start()).plain()).startsWith("An inspection of youth offending services in");
        assertThat(span.titleService()).isEqualTo("Anytown YOT");
        assertThat(text.get(span.end() - 1).plain()).isEqualTo("ISBN: xxx");
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.EMBEDDED_REPORT,
                WarningKind.EMBEDDED_REPORT);
    }

    @Test
    void theJointInspectionTitleIsATitleToo() {
        ReportText text = TextNormaliser.normalise("Joint inspection of youth justice services in\n\nAnyshire\n");

        ReportSpan span = ReportLocator.locate(text, new ArrayList<>());

        assertThat(span.titleFound()).isTrue();
        assertThat(span.titleService()).isEqualTo("Anyshire");
    }

    @Test
    void aPlaceRunIntoTheInspectoratesNameIsTheService() {
        ReportText text = TextNormaliser.normalise("An inspection of youth offending services in\n\n"
                + "Anytown and ElsewhereHM Inspectorate of Probation\n\nDECEMBER 2018\n");

        assertThat(ReportLocator.locate(text, new ArrayList<>()).titleService()).isEqualTo("Anytown and Elsewhere");
    }

    @Test
    void aRunningHeaderRepeatingTheTitleDoesNotEndTheReport() {
        String header = "Inspection of youth offending services in Anytown";
        ReportText text = TextNormaliser.normalise("An inspection of youth offending services in\n\nAnytown\n\n"
                + "Ratings\n\nScore 20/36\n\n" + header + "\n\nChapter text.\n\n" + header + "\n\nMore.\n\n"
                + header + "\n\nLast chapter.\n");

        ReportSpan span = ReportLocator.locate(text, new ArrayList<>());

        assertThat(span.end()).isEqualTo(text.size());
    }

    @Test
    void anotherPlacesReportAfterTheRatingsPageEndsThisOne() {
        ReportText text = TextNormaliser.normalise("An inspection of youth offending services in Anytown\n\nRatings\n\n"
                + "Score 20/36\n\nText.\n\nAn inspection of youth offending services in Elsewhere\n\nOther text.\n");

        ReportSpan span = ReportLocator.locate(text, new ArrayList<>());

        assertThat(text.get(span.end()).plain()).endsWith("in Elsewhere");
    }
}
