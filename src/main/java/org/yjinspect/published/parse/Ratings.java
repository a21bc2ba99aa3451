package org.yjinspect.published.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/**
 * Finds the published rating words in text, however they are capitalised or spaced. PDF text
 * extraction breaks words at kerning gaps ("Outst anding", "Requires i mprovement", "Inadeq
 * uate"), so where a rating stands on its own or ends a ratings-page row, a single space inside
 * a word is allowed; the star glyph that marks Outstanding may survive as a stray symbol after it.
 */
final class Ratings {
    static final String LABELS = "inadequate|requires\\s+improvement|good|outstanding";
    /** The labels with one optional space between any two letters, for words split by extraction. */
    static final String LOOSE_LABELS = loose("inadequate") + "|" + loose("requires") + "\\s*" + loose("improvement")
            + "|" + loose("good") + "|" + loose("outstanding");
    /** What a star glyph or footnote mark can leave after a rating: symbols, not letters or figures. */
    private static final String TRAILING_MARK = "(?:\\s*[^\\p{L}\\p{N}\\s]{1,3}|\\s+\\p{L}(?<![\\x00-\\x7F]))?";
    private static final Pattern ALONE = Pattern.compile("(?i)^\\s*(?:[-*\\u00AB]\\s*)?(" + LOOSE_LABELS + ")\\s*\\.?"
            + TRAILING_MARK + "\\s*$");
    private static final Pattern AT_END = Pattern.compile("(?i)(?:^|[\\s.])(" + LOOSE_LABELS + ")\\s*\\.?"
            + TRAILING_MARK + "\\s*$");
    private static final Pattern ANYWHERE = Pattern.compile("(?i)\\b(" + LABELS + ")\\b");
    private static final Pattern NOT_RATED = Pattern.compile("(?i)^\\s*(?:not\\s+rated|no\\s+rating|unrated"
            + "|n\\s*/\\s*a|not\\s+applicable)\\s*\\.?\\s*(?:\\(.{0,80}\\))?\\s*$");

    private Ratings() {
    }

    private static String loose(String word) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            pattern.append(i == 0 ? "" : "\\s?").append(word.charAt(i));
        }
        return pattern.toString();
    }

    /** The text is a rating and nothing else ("Requires Improvement", "Outst anding"). */
    static Optional<Rating> alone(String text) {
        Matcher m = ALONE.matcher(text);
        return m.matches() ? parse(m.group(1)) : Optional.empty();
    }

    /** The text ends with a rating ("... their parents or carers. Inadequate"). */
    static Optional<Rating> atEnd(String text) {
        Matcher m = AT_END.matcher(text);
        return m.find() ? parse(m.group(1)) : Optional.empty();
    }

    /** The text without the rating at its end (a ratings-page row's standard name). */
    static String withoutRatingAtEnd(String text) {
        Matcher m = AT_END.matcher(text);
        return m.find() ? text.substring(0, m.start(1)).strip() : text;
    }

    static Optional<Rating> first(String text) {
        Matcher m = ANYWHERE.matcher(text);
        if (m.find()) {
            return parse(m.group(1));
        }
        Matcher loose = AT_END.matcher(text);
        return loose.find() ? parse(loose.group(1)) : Optional.empty();
    }

    /** The text says the standard was not rated ("Not rated", "N/A"), as for resettlement with no cases. */
    static boolean notRated(String text) {
        return NOT_RATED.matcher(text).matches();
    }

    /** A rating word however it was spaced: compared letter by letter. */
    static Optional<Rating> parse(String words) {
        String letters = words.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        for (Rating rating : Rating.values()) {
            if (rating.label().replace(" ", "").toLowerCase(Locale.ROOT).equals(letters)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
