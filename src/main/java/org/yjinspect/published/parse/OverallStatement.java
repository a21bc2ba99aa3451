package org.yjinspect.published.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

/**
 * Where the ratings page prints no overall rating (or the extraction lost it), the report's own
 * sentence states it: "Overall, Anytown YOS is rated as: 'Good'." It is used with a warning that
 * says where it came from.
 */
final class OverallStatement {
    private static final Pattern STATED = Pattern.compile("(?i)\\boverall,\\s+[^.]{0,120}?\\b(?:is|was|has been)\\s+rated"
            + "\\s+(?:as\\s*)?:?\\s*['\"]?(" + Ratings.LABELS + ")\\b");

    private OverallStatement() {
    }

    static Optional<Rating> find(ReportText text, ReportSpan span, List<ImportWarning> warnings) {
        for (ReportText.Paragraph paragraph : text.paragraphs(span.start(), span.end())) {
            if (!paragraph.text().regionMatches(true, 0, "overall", 0, 7) && !paragraph.text().contains("Overall,")) {
                continue;
            }
            Matcher m = STATED.matcher(paragraph.text());
            if (m.find()) {
                Optional<Rating> rating = Ratings.parse(m.group(1));
                rating.ifPresent(r -> warnings.add(ImportWarning.at(WarningKind.NOT_FOUND, "the ratings page prints no "
                        + "overall rating; it was read from the sentence '" + m.group().strip() + "'",
                        text.get(paragraph.index()).number())));
                return rating;
            }
        }
        return Optional.empty();
    }
}
