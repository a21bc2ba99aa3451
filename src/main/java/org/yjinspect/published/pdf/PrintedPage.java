package org.yjinspect.published.pdf;

import java.util.List;

/** A page's lines top to bottom, with the page's height (points) to tell its head from its foot. */
record PrintedPage(float height, List<PrintedLine> lines) {
    PrintedPage {
        lines = List.copyOf(lines);
    }

    /** In the top or bottom {@code share} of the page: where headers, footers and page numbers sit. */
    boolean atHeadOrFoot(PrintedLine line, float share) {
        return line.y() < height * share || line.y() > height * (1 - share);
    }
}
