package org.yjinspect.published.pdf;

import java.util.List;

/**
 * Writes printed pages as the plain text the readers take: one line per printed line, cells
 * separated by tabs, and a blank line where the page leaves a gap wider than a line (between
 * paragraphs, before a heading or a table), except between two rows of a table. Pages follow
 * each other without a break, so that a sentence or a table row carried over to the next page
 * reads on (as PDFBox's own text stripper gives it).
 */
final class PageText {
    private static final float PARAGRAPH_GAP = 1.7f;

    private PageText() {
    }

    static String of(List<PrintedPage> pages) {
        StringBuilder text = new StringBuilder();
        for (PrintedPage page : pages) {
            PrintedLine previous = null;
            for (PrintedLine line : page.lines()) {
                boolean rows = previous != null && previous.cells().size() > 1 && line.cells().size() > 1;
                if (previous != null && !rows
                        && line.y() - previous.y() > PARAGRAPH_GAP * Math.max(previous.size(), line.size())) {
                    text.append('\n');
                }
                text.append(line.text()).append('\n');
                previous = line;
            }
        }
        return text.toString();
    }
}
