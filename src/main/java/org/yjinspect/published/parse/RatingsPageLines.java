package org.yjinspect.published.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/**
 * The lines of a ratings page as they are read, one at a time: {@link #read} takes a line and
 * says whether it still belongs to the page (service, score, overall rating, fieldwork, a domain
 * or a standard with its rating, or a rating on a line of its own, which {@link RatingSlots} gives
 * to the first standard waiting for one). Standards may be printed without numbers; they are then
 * told by name and domain.
 */
final class RatingsPageLines {
    private static final Pattern OVERALL = Pattern.compile("(?i)\\boveral\\s?l\\s+rating\\b\\s*:?\\s*(.*)$");
    private static final Pattern STANDARD = Pattern.compile("^(?i:standard\\s+)?(\\d)\\s?\\.\\s?(\\d)\\.?:?\\s+(.+?)$");
    private static final Pattern DOMAIN_ROW = Pattern.compile("^\\d\\s?\\.?\\s+[A-Z][A-Za-z\\- ]{3,40}$");
    /** A domain's number alone ("2."), its name on the next line: a table read one cell to a line. */
    private static final Pattern DOMAIN_NUMBER = Pattern.compile("^[1-4]\\.$");
    /** The kind of service after its place, on a line of its own ("Torbay" then "Youth Offending Service"). */
    private static final Pattern SERVICE_KIND = Pattern.compile("(?i)^youth\\s+(?:offending|justice)\\s+(?:service|team)$");
    private static final Pattern COLUMN_HEADS = Pattern.compile("(?i)^(?:(?:domains?|standards?|ratings?|key|"
            + "(?:and|or|/|&))\\s*)+:?$");
    private static final Pattern REQUIRES = Pattern.compile("(?i)^(.*?)\\s*\\brequires$");
    private static final Pattern IMPROVEMENT = Pattern.compile("(?i)^i\\s?mprovement\\s*\\.?\\W{0,3}$");

    private String service;
    private final ScoreLines score = new ScoreLines();
    private boolean requiresOpen;
    private String fieldwork;
    private String domain;
    private final RatingSlots slots = new RatingSlots();
    private int end = -1;
    private int last;

    RatingsPageLines(int start) {
        last = start;
    }

    boolean read(Line line, int index) {
        String plain = line.plain();
        if (scoreLine(line) || overall(plain) || ratingAlone(plain)) {
            return consumed(index);
        }
        if (plain.regionMatches(true, 0, "fieldwork", 0, 9)) {
            fieldwork = plain;
            return consumed(index);
        }
        Matcher standard = STANDARD.matcher(plain);
        if (standard.matches()) {
            String number = standard.group(1) + "." + standard.group(2);
            return !slots.listed(number) && standardRow(number, standard.group(3), line, index);
        }
        if (DOMAIN_NUMBER.matcher(plain).matches() && (score.found() || !slots.noStandards())) {
            domain = plain.substring(0, 1);
            return consumed(index);
        }
        Optional<String> domainRow = Headings.domainNumber(plain);
        if (domainRow.isPresent() || DOMAIN_ROW.matcher(plain).matches() && (score.found() || !slots.noStandards())) {
            domain = domainRow.orElse(plain.substring(0, 1));
            return consumed(index);
        }
        Optional<String> named = unnumbered(line);
        if (named.isPresent()) {
            return standardRow(named.get(), plain, line, index);
        }
        if (COLUMN_HEADS.matcher(plain).matches()) {
            return consumed(index);
        }
        if (slots.noStandards() && service == null && !score.found() && plain.length() < 90) {
            service = plain;
            return consumed(index);
        }
        if (slots.noStandards() && service != null && index - last <= 2 && SERVICE_KIND.matcher(plain).matches()) {
            service = service + " " + plain;
            return consumed(index);
        }
        return passedOver(line, plain, index);
    }

    /** Short lines that are not part of the table (page furniture) are passed over while standards are still due. */
    private boolean passedOver(Line line, String plain, int index) {
        if (slots.noStandards()) {
            return plain.length() < 90 && index - last < 8;
        }
        boolean furniture = plain.length() < 90 && !plain.endsWith(".") && Headings.named(line, index).isEmpty();
        return furniture && slots.count() < 13 && index - last < 4;
    }

    private boolean scoreLine(Line line) {
        if (!score.read(line)) {
            return false;
        }
        score.serviceBefore(line).ifPresent(s -> service = s);
        return true;
    }

    private boolean overall(String plain) {
        Matcher overallLine = OVERALL.matcher(plain);
        if (!overallLine.find()) {
            return false;
        }
        Optional<Rating> rating = Ratings.first(overallLine.group(1));
        if (rating.isPresent()) {
            slots.overall(rating.get());
        } else {
            slots.overallToCome();
            requiresOpen = REQUIRES.matcher(overallLine.group(1)).matches();
        }
        return true;
    }

    /** A rating, "Not rated", or half of "Requires / improvement" on a line of its own. */
    private boolean ratingAlone(String plain) {
        if (requiresOpen && IMPROVEMENT.matcher(plain).matches()) {
            requiresOpen = false;
            slots.ratingAlone(Rating.REQUIRES_IMPROVEMENT, false);
            return true;
        }
        if (plain.equalsIgnoreCase("requires")) {
            requiresOpen = true;
            return true;
        }
        Optional<Rating> alone = Ratings.alone(plain);
        if (alone.isPresent()) {
            slots.ratingAlone(alone.get(), false);
            return true;
        }
        if (Ratings.notRated(plain) && !slots.noStandards()) {
            slots.ratingAlone(null, true);
            return true;
        }
        return false;
    }

    /** A standard printed by name only, in the domain it is listed under; its rating in its last cell or at its end. */
    private Optional<String> unnumbered(Line line) {
        String name = Ratings.withoutRatingAtEnd(line.hasCells() ? line.first() : line.plain());
        if (Ratings.notRated(line.last()) && line.hasCells()) {
            name = line.first();
        }
        name = name.replaceFirst("(?i)\\s*\\brequires$", "");
        return name.isEmpty() ? Optional.empty() : StandardNames.number(name, domain, slots.numbers());
    }

    private boolean standardRow(String number, String rest, Line line, int index) {
        Optional<Rating> rating = Ratings.atEnd(rest);
        boolean unrated = rating.isEmpty() && line.hasCells() && Ratings.notRated(line.last());
        String name = rating.isPresent() ? Ratings.withoutRatingAtEnd(rest)
                : unrated ? rest.substring(0, rest.length() - line.last().length()).strip() : rest;
        Matcher requires = REQUIRES.matcher(name);
        boolean split = rating.isEmpty() && requires.matches();
        if (split) {
            name = requires.group(1);
        }
        slots.standard(number, name.strip(), rating.orElse(null), unrated, line.number());
        domain = number.substring(0, 1);
        requiresOpen = rating.isEmpty() && !unrated && split;
        return consumed(index);
    }

    private boolean consumed(int index) {
        end = index + 1;
        last = index;
        return true;
    }

    RatingsPage page(int start) {
        boolean unmatched = slots.unmatched();
        return new RatingsPage(start, end < 0 ? start : end, service, score.score(), score.maxScore(), slots.overall(),
                fieldwork, slots.standards(), slots.notRated(), slots.stray(), unmatched);
    }
}
