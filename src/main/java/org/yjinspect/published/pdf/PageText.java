package org.yjinspect.published.pdf;

import java.util.List;

/**
 * Writes printed pages as the plain text the readers take: one line per printed line, cells
 * separated by tabs, a blank line where the page leaves a gap wider than a line (between
 * paragraphs, before a heading or a table) and between pages.
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
                if (previous != null && line.y() - previous.y() > PARAGRAPH_GAP * Math.max(previous.size(), line.size())) {
                    text.append('\n');
                }
                text.append(line.text()).append('\n');
                previous = line;
            }
            text.append('\n');
        }
        return text.toString();
    }
}
