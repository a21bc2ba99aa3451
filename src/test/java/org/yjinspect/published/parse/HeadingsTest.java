package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {
    private static Line line(String text) {
        return TextNormaliser.normalise(text).get(0);
    }

    @Test
    void standardHeadingsAreRecognisedInTheirPrintedStyles() {
        for (String heading : List.of("2.1. Assessment", "### 2.1 Assessment", "#### **2.1. Assessment**",
                "<b>2.1. Assessment</b>", "Standard 2.1: Assessment")) {
            assertThat(Headings.standard(line(heading), 0)).as(heading).hasValueSatisfying(h -> {
                assertThat(h.number()).isEqualTo("2.1");
                assertThat(h.name()).isEqualTo("Assessment");
                assertThat(h.qualified()).isFalse();
            });
        }
    }

    @Test
    void dataAnnexeHeadingsCarryTheirKindOfDisposal() {
        for (String heading : List.of("3.2. Planning (out-of-court disposals)", "2. 4. Reviewing (court disposals)",
                "2.4 Reviewing \u2013 court disposals")) {
            assertThat(Headings.standard(line(heading), 0)).as(heading).hasValueSatisfying(h ->
                    assertThat(h.qualified()).isTrue());
        }
    }

    @Test
    void contentsEntriesProseAndFiguresAreNotHeadings() {
        assertThat(Headings.standard(line("2.1. Assessment\t30"), 0)).isEmpty();
        assertThat(Headings.standard(line("2.1 of the cases were reviewed, as planned."), 0)).isEmpty();
        assertThat(Headings.named(line("See Annexe 2 for a more detailed explanation."), 0)).isEmpty();
        assertThat(Headings.named(line("Annexe 2 for a more detailed explanation."), 0)).isEmpty();
        assertThat(Headings.named(line("Annexe 2: Inspection data"), 0)).isPresent();
    }

    @Test
    void domainHeadingsAreNumberedOrPlain() {
        assertThat(Headings.domain(line("Domain 2: Court disposals"), 0)).hasValueSatisfying(h -> {
            assertThat(h.number()).isEqualTo("2");
            assertThat(h.qualified()).isTrue();
        });
        assertThat(Headings.domain(line("Domain three: Out-of-court disposals"), 0).map(Heading::number)).contains("3");
        assertThat(Headings.domain(line("Out-of-court disposals"), 0)).hasValueSatisfying(h ->
                assertThat(h.qualified()).isFalse());
    }

    @Test
    void headingsWhoseNumberAndNameAreInTwoCellsAreHeadings() {
        assertThat(Headings.standard(line("2.1.\tAssessment"), 0).map(Heading::number)).contains("2.1");
        assertThat(Headings.standard(line("3.2.   Planning (out of court disposals)"), 0)).hasValueSatisfying(h ->
                assertThat(h.qualified()).isTrue());
        assertThat(Headings.domain(line("3.\tOut of court disposals"), 0).map(Heading::number)).contains("3");
        assertThat(Headings.standard(line("2.1\tAssessment\tGood"), 0)).isEmpty();
        assertThat(Headings.named(line("Overall findings"), 0)).isPresent();
        assertThat(Headings.named(line("Appendix 2: Inspection data"), 0)).hasValueSatisfying(h ->
                assertThat(Headings.isAnnexe(h)).isTrue());
    }
}
