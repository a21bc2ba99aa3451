package org.yjinspect.published.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/** Finds the published rating words in text, however they are capitalised or spaced. */
final class Ratings {
    static final String LABELS = "inadequate|requires\\s+improvement|good|outstanding";
    private static final Pattern ALONE = Pattern.compile("(?i)^\\s*(" + LABELS + ")\\s*\\.?\\s*$");
    private static final Pattern AT_END = Pattern.compile("(?i)(?:^|[\\s.])(" + LABELS + ")\\s*\\.?\\s*$");
    private static final Pattern ANYWHERE = Pattern.compile("(?i)\\b(" + LABELS + ")\\b");

    private Ratings() {
    }

    /** The text is a rating and nothing else ("Requires Improvement"). */
    static Optional<Rating> alone(String text) {
        Matcher m = ALONE.matcher(text);
        return m.matches() ? Rating.parse(m.group(1)) : Optional.empty();
    }

    /** The text ends with a rating ("... their parents or carers. Inadequate"). */
    static Optional<Rating> atEnd(String text) {
        Matcher m = AT_END.matcher(text);
        return m.find() ? Rating.parse(m.group(1)) : Optional.empty();
    }

    static Optional<Rating> first(String text) {
        Matcher m = ANYWHERE.matcher(text);
        return m.find() ? Rating.parse(m.group(1)) : Optional.empty();
    }
}
