package org.yjinspect.published.pdf;

import java.util.List;

/**
 * One line of a page as printed: its baseline ({@code y} from the top of the page), the font size
 * of its largest glyph, and its cells left to right (one cell for prose, several for a table row).
 */
record PrintedLine(float y, float size, List<String> cells) {
    PrintedLine {
        cells = List.copyOf(cells);
    }

    String text() {
        return String.join("\t", cells);
    }

    String plain() {
        return String.join(" ", cells);
    }
}
