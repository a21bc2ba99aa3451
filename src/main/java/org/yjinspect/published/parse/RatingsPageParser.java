package org.yjinspect.published.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the ratings page: "Score 24/36", "Overall rating Good" (also OCR-split as "Overal l
 * rating"), and one line per standard ("2.1 Assessment Good"), with the rating on the same line
 * or on a line of its own below. Domain lines and footnotes are passed over.
 */
final class RatingsPageParser {
    static final Pattern SCORE = Pattern.compile("(?i)\\bscore\\s*:?\\s*(\\d{1,2})\\s*/\\s*(\\d{2})\\b");
    private static final int MAX_LINES = 160;

    private RatingsPageParser() {
    }

    static Optional<RatingsPage> parse(ReportText text, int from, int to) {
        int start = start(text, from, to);
        if (start < 0) {
            return Optional.empty();
        }
        RatingsPageLines page = new RatingsPageLines(start);
        int i = start;
        for (; i < Math.min(to, start + MAX_LINES); i++) {
            Line line = text.get(i);
            if (line.blank() || line.footnote()) {
                continue;
            }
            if (!page.read(line, i)) {
                break;
            }
        }
        return Optional.of(page.page(start));
    }

    private static int start(ReportText text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            Line line = text.get(i);
            if (!line.hasCells() && line.plain().equalsIgnoreCase("ratings")) {
                return i + 1;
            }
        }
        for (int i = Math.max(0, from); i < to; i++) {
            if (SCORE.matcher(text.get(i).plain()).find()) {
                return Math.max(from, i - 3);
            }
        }
        return -1;
    }
}
