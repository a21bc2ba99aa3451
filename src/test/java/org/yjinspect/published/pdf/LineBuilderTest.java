package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyphs become lines by baseline and cells by the width of the gaps between them. */
class LineBuilderTest {
    private static final float SIZE = 10;

    /** The glyphs of a word printed from x, each 5 points wide, on the baseline y. */
    private static List<Glyph> word(String text, float x, float y) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(x + 5 * i, y, 5, SIZE, String.valueOf(text.charAt(i))));
        }
        return glyphs;
    }

    @Test
    void aGapOfAWordSpaceSeparatesWordsAndAWideGapSeparatesCells() {
        List<Glyph> glyphs = new ArrayList<>(word("Good", 300, 100));
        glyphs.addAll(word("2.1", 50, 100));
        glyphs.addAll(word("Assessment", 80, 100.4f));
        glyphs.addAll(word("of", 80 + 50 + 3, 100));

        List<PrintedLine> lines = LineBuilder.lines(glyphs);

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.cells()).containsExactly("2.1", "Assessment of", "Good"));
    }

    @Test
    void linesAreOrderedTopToBottomAndARaisedFootnoteMarkStaysOnItsLine() {
        List<Glyph> glyphs = new ArrayList<>(word("second", 50, 130));
        glyphs.addAll(word("first", 50, 100));
        glyphs.add(new Glyph(76, 96.5f, 3, 6, "1"));

        assertThat(LineBuilder.lines(glyphs)).extracting(PrintedLine::text).containsExactly("first1", "second");
    }

    @Test
    void printedSpacesSeparateWordsAndOverprintedBoldCountsOnce() {
        List<Glyph> glyphs = new ArrayList<>(word("Score", 50, 100));
        glyphs.add(new Glyph(75, 100, 3, SIZE, " "));
        glyphs.addAll(word("24/36", 78, 100));
        glyphs.addAll(word("24/36", 78.2f, 100));

        assertThat(LineBuilder.lines(glyphs)).extracting(PrintedLine::text).containsExactly("Score 24/36");
    }

    @Test
    void glyphsWithoutAPositionAreLeftOut() {
        List<Glyph> glyphs = new ArrayList<>(word("kept", 50, 100));
        glyphs.add(new Glyph(Float.NaN, 100, 5, SIZE, "x"));

        assertThat(LineBuilder.lines(glyphs)).extracting(PrintedLine::text).containsExactly("kept");
    }
}
