package org.yjinspect.published.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the ratings page: "Score 24/36" (or "Score: 24 / 36", "24 out of 36"), "Overall rating
 * Good" (also OCR-split as "Overal l rating"), and one line per standard ("2.1 Assessment
 * Good"), with the rating on the same line or on a line of its own. Domain lines, column heads,
 * footnotes and page furniture are passed over. The page starts at its heading ("Ratings",
 * "Ratings table", "Summary of ratings") where a score or a rated standard follows it, so a
 * "Ratings" line in the contents is not taken for the page.
 */
final class RatingsPageParser {
    static final Pattern SCORE = Pattern.compile("(?i)\\bscore\\s*(?:is\\s*)?:?\\s*(\\d{1,2})\\s*(?:/|out\\s+of)\\s*(\\d{2})\\b");
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:our\\s+|summary\\s+of\\s+|inspection\\s+)?ratings?"
            + "(?:\\s+(?:table|summary|page))?\\s*:?$");
    private static final Pattern RATED_ROW = Pattern.compile("(?i)^(?:standard\\s+)?\\d\\s?\\.\\s?\\d\\.?:?\\s+\\S.*");
    private static final int MAX_LINES = 160;
    private static final int LOOK_AHEAD = 40;
    private static final int PROSE = 100;

    private RatingsPageParser() {
    }

    static Optional<RatingsPage> parse(ReportText text, int from, int to) {
        int start = start(text, from, to);
        if (start < 0) {
            return Optional.empty();
        }
        RatingsPageLines page = new RatingsPageLines(start);
        for (int i = start; i < Math.min(to, start + MAX_LINES); i++) {
            Line line = text.get(i);
            if (line.blank() || line.footnote() || PageNumbers.is(line)) {
                continue;
            }
            if (!page.read(line, i)) {
                break;
            }
        }
        return Optional.of(page.page(start));
    }

    /** The first line of the ratings page after its heading (or near its score); -1 if there is none. */
    static int start(ReportText text, int from, int to) {
        int firstHeading = -1;
        for (int i = Math.max(0, from); i < to; i++) {
            Line line = text.get(i);
            if (!line.hasCells() && HEADING.matcher(line.plain()).matches()) {
                if (firstHeading < 0) {
                    firstHeading = i + 1;
                }
                if (pageFollows(text, i + 1, Math.min(to, i + 1 + LOOK_AHEAD))) {
                    return i + 1;
                }
            }
        }
        for (int i = Math.max(0, from); i < to; i++) {
            if (SCORE.matcher(text.get(i).plain()).find()) {
                return Math.max(from, i - 3);
            }
        }
        return firstHeading;
    }

    /** A score, or a numbered standard with a rating, soon after the heading and before any prose or other heading. */
    private static boolean pageFollows(ReportText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String plain = text.get(i).plain();
            if (plain.length() > PROSE || !text.get(i).hasCells() && HEADING.matcher(plain).matches()) {
                return false;
            }
            if (SCORE.matcher(plain).find() || RATED_ROW.matcher(plain).matches() && Ratings.atEnd(plain).isPresent()
                    || plain.toLowerCase(java.util.Locale.ROOT).startsWith("overall rating")) {
                return true;
            }
        }
        return false;
    }
}
