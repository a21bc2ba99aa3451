package org.yjinspect.published.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/**
 * Reads the rating printed under a standard's heading, next to its one-sentence statement: on
 * a line of its own, in the last cell of the statement's line, split over two lines
 * ("Requires" / "Improvement"), or after the statement's full stop.
 */
final class StandardRatingReader {
    private static final Pattern AFTER_STATEMENT = Pattern.compile("(?i)\\.\\s+(" + Ratings.LOOSE_LABELS + ")\\s*\\.?\\s*$");
    private static final Pattern SECTION_TEXT = Pattern.compile("(?i)^(our rating|in making a judgement|key (staffing )?data"
            + "|strengths|we inspected|we gathered)\\b.*");
    private static final int LOOK = 12;

    private StandardRatingReader() {
    }

    static Optional<Rating> read(ReportText text, SectionMap.Section section) {
        String previousCell = null;
        int seen = 0;
        for (int i = section.from() + 1; i < section.to() && seen < LOOK; i++) {
            Line line = text.get(i);
            if (line.blank()) {
                continue;
            }
            seen++;
            String plain = line.plain();
            if (SECTION_TEXT.matcher(plain).matches() || FigureTableReader.header(line, i).isPresent()) {
                break;
            }
            Optional<Rating> rating = Ratings.alone(plain);
            if (rating.isEmpty() && plain.equalsIgnoreCase("requires")) {
                int next = text.nextNonBlank(i + 1, section.to());
                rating = next < 0 ? Optional.empty() : Ratings.alone(plain + " " + text.get(next).plain());
            }
            if (rating.isEmpty() && line.hasCells()) {
                rating = Ratings.alone(line.last());
                if (rating.isEmpty() && previousCell != null) {
                    rating = Ratings.alone(previousCell + " " + line.last());
                }
            }
            if (rating.isEmpty()) {
                Matcher after = AFTER_STATEMENT.matcher(plain);
                rating = after.find() ? Ratings.parse(after.group(1)) : Optional.empty();
            }
            if (rating.isPresent()) {
                return rating;
            }
            previousCell = line.hasCells() ? line.last() : null;
        }
        return Optional.empty();
    }
}
