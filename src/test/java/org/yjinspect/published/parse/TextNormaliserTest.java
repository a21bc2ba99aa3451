package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private static Line only(String raw) {
        ReportText text = TextNormaliser.normalise(raw);
        return text.lines().stream().filter(l -> !l.blank()).findFirst().orElseThrow();
    }

    @Test
    void htmlTagsMarkdownAndLatexGlyphJunkAreStripped() {
        assertThat(only("<b>2.1</b>\tAssessment\t<b>Outstanding</b>\t$\\stackrel{\\wedge}{\\Longrightarrow}$").cells())
                .containsExactly("2.1", "Assessment", "Outstanding");
        assertThat(only("#### **1.4. Information and facilities**").plain()).isEqualTo("1.4. Information and facilities");
        assertThat(only("2.3\tImplementation and delivery\tOutstanding\t\\Rightarrow").cells())
                .containsExactly("2.3", "Implementation and delivery", "Outstanding");
        assertThat(only("Follow us on [@someone](https://example.org)").plain()).isEqualTo("Follow us on @someone");
    }

    @Test
    void footnoteMarkersAreDroppedAndTheirLinesMarked() {
        assertThat(only("Does planning focus sufficiently on keeping the child safe? <sup>8</sup>\t7\t6").cells())
                .containsExactly("Does planning focus sufficiently on keeping the child safe?", "7", "6");
        assertThat(only("Our rating\u00b2\u00b3 for assessment").plain()).isEqualTo("Our rating for assessment");
        assertThat(only("<sup>&</sup>lt;sup>4</sup> A note.").footnote()).isTrue();
        assertThat(only("\u00b2\u00b3 The rating for the standard.").footnote()).isTrue();
        assertThat(only(" $^{^{10}}$ A source.").footnote()).isTrue();
    }

    @Test
    void starGlyphsAndStrayCellsAreDropped() {
        assertThat(only("Large majority: 80%+\tOutstanding \u2606").cells()).containsExactly("Large majority: 80%+", "Outstanding");
        assertThat(only("for all children.\t\u013e").cells()).containsExactly("for all children.");
    }

    @Test
    void pageFurnitureAndTableRulesBecomeBlank() {
        assertThat(TextNormaliser.normalise("Inspection of youth offending services: Anytown YOT").get(0).blank()).isTrue();
        assertThat(TextNormaliser.normalise("Page 12 of 40").get(0).blank()).isTrue();
        assertThat(TextNormaliser.normalise("---\t------").get(0).blank()).isTrue();
    }

    @Test
    void quotesAreStraightenedAndWindowsLineEndingsRead() {
        ReportText text = TextNormaliser.normalise("Number \u2018Yes\u2019\r\n\u201cquoted\u201d\r\n");

        assertThat(text.get(0).plain()).isEqualTo("Number 'Yes'");
        assertThat(text.get(1).plain()).isEqualTo("\"quoted\"");
    }

    @Test
    void aSentenceBrokenOverLinesIsJoinedAgain() {
        ReportText text = TextNormaliser.normalise("Does assessment sufficiently analyse how to\nsupport the child's desistance?\n"
                + "Heading\nNext sentence.");

        assertThat(text.get(0).plain()).isEqualTo("Does assessment sufficiently analyse how to support the child's desistance?");
        assertThat(text.get(0).number()).isEqualTo(1);
        assertThat(text.get(1).plain()).isEqualTo("Heading");
    }

    @Test
    void runningHeadersWithAPlaceAfterInOrAPageNumberBecomeBlank() {
        assertThat(TextNormaliser.normalise("Inspection of youth offending services in: Anytown and Elsewhere 2").get(0).blank())
                .isTrue();
        assertThat(TextNormaliser.normalise("Inspection of youth offending services in Anytown 14").get(0).blank()).isTrue();
        assertThat(TextNormaliser.normalise("14 | Joint inspection of youth justice services: Anyshire").get(0).blank()).isTrue();
        assertThat(TextNormaliser.normalise("An inspection of youth offending services in").get(0).blank()).isFalse();
        assertThat(TextNormaliser.normalise("Joint inspection of youth justice services in Anyshire").get(0).blank()).isFalse();
    }

    @Test
    void aTitleRepeatedOnEveryPageIsFurnitureButTheCoverIsKept() {
        String header = "Inspection of youth offending services in Anytown";
        ReportText text = TextNormaliser.normalise("An inspection of youth offending services in Anytown\n\nText.\n" + header
                + "\nMore text.\n" + header + "\nEven more.\n" + header + "\n");

        assertThat(text.get(0).blank()).isFalse();
        assertThat(text.lines()).filteredOn(l -> l.plain().equals(header)).isEmpty();
    }

    @Test
    void pipeTablesAndSpaceAlignedColumnsBecomeCells() {
        assertThat(only("| 2.1 | Assessment | Good |").cells()).containsExactly("2.1", "Assessment", "Good");
        assertThat(TextNormaliser.normalise("|---|:---:|---|").get(0).blank()).isTrue();
        assertThat(only("Does assessment analyse how to keep the child safe?      75%").cells())
                .containsExactly("Does assessment analyse how to keep the child safe?", "75%");
        assertThat(only("A sentence.  Another sentence with two spaces before it.").hasCells()).isFalse();
        assertThat(only("| \u201cA quoted child\u201d").hasCells()).isFalse();
    }

    @Test
    void nonBreakingHyphensAndAccentApostrophesAreMadePlain() {
        assertThat(only("Out\u2011of\u2011court disposals").plain()).isEqualTo("Out-of-court disposals");
        assertThat(only("the child\u00b4s desistance").plain()).isEqualTo("the child's desistance");
    }
}
