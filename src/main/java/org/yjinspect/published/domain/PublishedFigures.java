package org.yjinspect.published.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.domain.Rating;

/**
 * The figures of one published inspection as the project holds them: what the report's ratings
 * page and section tables print (each standard's rating, its key-question figures, the panel's
 * discretion where the report records it), the score, the overall rating and the cases
 * inspected. Not the report: no narrative, no recommendation, nothing about a child.
 *
 * @param id        the name of the file the figures are held in (lower case, digits and hyphens), used in addresses
 * @param published the month and year the report was published
 * @param note      what a reader should know about the source (may be empty)
 */
public record PublishedFigures(String id, String service, YearMonth published, FrameworkVersion frameworkVersion,
                               int score, int maxScore, Rating overallRating, CasesInspected cases, String note,
                               List<PublishedStandardFigures> standards) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PublishedFigures {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a published inspection's id is lower-case letters, digits and hyphens: " + id);
        }
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(overallRating, "overallRating");
        if (score < 0 || score > maxScore) {
            throw new IllegalArgumentException("score " + score + " is not between 0 and " + maxScore);
        }
        cases = cases == null ? CasesInspected.UNKNOWN : cases;
        note = note == null ? "" : note.strip();
        standards = List.copyOf(standards);
    }

    public Optional<PublishedStandardFigures> standard(String number) {
        return standards.stream().filter(s -> s.number().equals(number)).findFirst();
    }
}
