package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.published.parse.Line;
import org.yjinspect.published.parse.ReportText;
import org.yjinspect.published.parse.TextNormaliser;

/**
 * What converters' text needs before the readers see it: pdftotext -layout columns (runs of
 * spaces, right-aligned figures), ligatures, page breaks with running headers and footers, and
 * table rows whose first cell was wrapped over lines.
 */
class ConverterTextTest {
    private static ReportText text(String raw) {
        return TextNormaliser.normalise(raw);
    }

    @Test
    void twoSpacesBeforeAFigureOrARatingAreAColumnButNotInProse() {
        assertThat(text("Does assessment analyse how to keep the child safe?  75%").get(0).cells())
                .containsExactly("Does assessment analyse how to keep the child safe?", "75%");
        assertThat(text("2.2  Planning      Requires improvement").get(0).cells())
                .containsExactly("2.2 Planning", "Requires improvement");
        assertThat(text("The service improved.  Staff were trained in 2021.").get(0).cells()).hasSize(1);
    }

    @Test
    void ligaturesAreUndone() {
        assertThat(text("Sta\uFB00 and the \uFB01ndings").get(0).plain()).isEqualTo("Staff and the findings");
    }

    @Test
    void headersFootersAndPageNumbersAroundFormFeedsAreBlanked() {
        String[] topics = {"governance", "staffing", "partnerships", "information"};
        StringBuilder raw = new StringBuilder();
        for (int page = 1; page <= 4; page++) {
            raw.append("Youth justice inspection report: Anytown\n\n");
            for (String part : new String[] {"Findings on ", "More on ", "Last words on "}) {
                raw.append(part).append(topics[page - 1]).append(".\n");
            }
            raw.append('\n').append(page).append("\n\f");
        }

        assertThat(text(raw.toString()).lines()).extracting(Line::plain).filteredOn(p -> !p.isEmpty())
                .hasSize(12).allMatch(p -> p.contains(" on ")).doesNotContain("1", "2", "3", "4");
    }

    @Test
    void aFigureThatEndsAPageIsNotTakenForItsPageNumber() {
        String raw = "Contents\n\n2\n\fFindings on governance.\n\n3\n\fDoes planning keep the child safe?\n\n88\n\f"
                + "Findings on staffing.\n\n5\n\fFindings on partnerships.\n\n6\n";

        assertThat(text(raw).lines()).extracting(Line::plain).filteredOn(p -> !p.isEmpty())
                .containsExactly("Contents", "Findings on governance.", "Does planning keep the child safe?", "88",
                        "Findings on staffing.", "Findings on partnerships.");
    }

    @Test
    void aWrappedFirstCellJoinsItsRow() {
        ReportText text = text("Does the implementation and delivery of services effectively\n"
                + "support the child's desistance?\t100%\n");

        assertThat(text.lines()).filteredOn(l -> !l.blank()).singleElement().satisfies(l -> assertThat(l.cells())
                .containsExactly("Does the implementation and delivery of services effectively support the child's desistance?",
                        "100%"));
    }
}
