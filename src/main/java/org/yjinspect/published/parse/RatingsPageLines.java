package org.yjinspect.published.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/**
 * The lines of a ratings page as they are read, one at a time: {@link #read} takes a line and
 * says whether it still belongs to the page (service, score, overall rating, fieldwork, a domain
 * or a standard with its rating, or a rating on a line of its own). A rating on a line of its own
 * goes to the first standard still waiting for one, so a page extracted column by column (all
 * the names, then all the ratings) reads the same as one extracted row by row. Standards may be
 * printed without numbers; they are then told by name and domain.
 */
final class RatingsPageLines {
    private static final Pattern OVERALL = Pattern.compile("(?i)\\boveral\\s?l\\s+rating\\b\\s*:?\\s*(.*)$");
    private static final Pattern STANDARD = Pattern.compile("^(?i:standard\\s+)?(\\d)\\s?\\.\\s?(\\d)\\.?:?\\s+(.+?)$");
    private static final Pattern SCORE_ALONE = Pattern.compile("(?i)^(\\d{1,2})\\s*(?:/|out\\s+of)\\s*(\\d{2})$");
    private static final Pattern DOMAIN_ROW = Pattern.compile("^\\d\\s?\\.?\\s+[A-Z][A-Za-z\\- ]{3,40}$");
    private static final Pattern COLUMN_HEADS = Pattern.compile("(?i)^(?:(?:domains?|standards?|ratings?|key|"
            + "(?:and|or|/|&))\\s*)+:?$");
    private static final Pattern REQUIRES = Pattern.compile("(?i)^(.*?)\\s*\\brequires$");
    private static final Pattern IMPROVEMENT = Pattern.compile("(?i)^i\\s?mprovement\\s*\\.?\\W{0,3}$");
    private static final Rating NOT_RATED = null;

    private String service;
    private Integer score;
    private Integer maxScore;
    private Rating overall;
    private boolean scorePending;
    private boolean requiresOpen;
    private String fieldwork;
    private String domain;
    private final List<RatingsPage.PrintedRating> standards = new ArrayList<>();
    private final Set<String> numbers = new HashSet<>();
    private final List<String> notRated = new ArrayList<>();
    /** Slots waiting for a rating printed on a line of its own, in printed order: -1 is the overall rating. */
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private int strayRatings;
    private int end = -1;
    private int last;

    RatingsPageLines(int start) {
        last = start;
    }

    boolean read(Line line, int index) {
        String plain = line.plain();
        if (score(line, plain) || overall(plain) || ratingAlone(plain)) {
            return consumed(index);
        }
        if (plain.regionMatches(true, 0, "fieldwork", 0, 9)) {
            fieldwork = plain;
            return consumed(index);
        }
        Matcher standard = STANDARD.matcher(plain);
        if (standard.matches()) {
            String number = standard.group(1) + "." + standard.group(2);
            return !numbers.contains(number) && standardRow(number, standard.group(3), line, index);
        }
        Optional<String> domainRow = Headings.domainNumber(plain);
        if (domainRow.isPresent() || DOMAIN_ROW.matcher(plain).matches() && (score != null || !standards.isEmpty())) {
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
        if (standards.isEmpty() && service == null && score == null && plain.length() < 90) {
            service = plain;
            return consumed(index);
        }
        return passedOver(line, plain, index);
    }

    /** Short lines that are not part of the table (page furniture) are passed over while standards are still due. */
    private boolean passedOver(Line line, String plain, int index) {
        if (standards.isEmpty()) {
            return plain.length() < 90 && index - last < 8;
        }
        boolean furniture = plain.length() < 90 && !plain.endsWith(".") && Headings.named(line, index).isEmpty();
        return furniture && standards.size() < 13 && index - last < 4;
    }

    private boolean score(Line line, String plain) {
        Matcher scoreLine = RatingsPageParser.SCORE.matcher(plain);
        if (scoreLine.find()) {
            score = Integer.valueOf(scoreLine.group(1));
            maxScore = Integer.valueOf(scoreLine.group(2));
            serviceFrom(line);
            return true;
        }
        if (plain.matches("(?i)^(?:overall\\s+)?score\\s*:?$")) {
            scorePending = true;
            return true;
        }
        Matcher scoreAlone = SCORE_ALONE.matcher(plain);
        if (scorePending && scoreAlone.matches()) {
            score = Integer.valueOf(scoreAlone.group(1));
            maxScore = Integer.valueOf(scoreAlone.group(2));
            scorePending = false;
            return true;
        }
        return false;
    }

    private boolean overall(String plain) {
        Matcher overallLine = OVERALL.matcher(plain);
        if (!overallLine.find()) {
            return false;
        }
        Optional<Rating> rating = Ratings.first(overallLine.group(1));
        if (rating.isPresent()) {
            overall = rating.get();
        } else {
            waiting.addLast(-1);
            requiresOpen = REQUIRES.matcher(overallLine.group(1)).matches();
        }
        return true;
    }

    /** A rating, "Not rated", or half of "Requires / improvement" on a line of its own. */
    private boolean ratingAlone(String plain) {
        if (requiresOpen && IMPROVEMENT.matcher(plain).matches()) {
            requiresOpen = false;
            assign(Rating.REQUIRES_IMPROVEMENT, false);
            return true;
        }
        if (plain.equalsIgnoreCase("requires")) {
            requiresOpen = true;
            return true;
        }
        Optional<Rating> alone = Ratings.alone(plain);
        if (alone.isPresent()) {
            assign(alone.get(), false);
            return true;
        }
        if (Ratings.notRated(plain) && !standards.isEmpty()) {
            assign(NOT_RATED, true);
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
        return name.isEmpty() ? Optional.empty() : StandardNames.number(name, domain, numbers);
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
        standards.add(new RatingsPage.PrintedRating(number, name.strip(), rating.orElse(null), line.number()));
        numbers.add(number);
        domain = number.substring(0, 1);
        if (unrated) {
            notRated.add(number);
        } else if (rating.isEmpty()) {
            waiting.addLast(standards.size() - 1);
            requiresOpen = split;
        }
        return consumed(index);
    }

    private void assign(Rating rating, boolean unrated) {
        Integer slot = waiting.pollFirst();
        if (slot == null) {
            if (overall == null && standards.isEmpty() && !unrated) {
                overall = rating;
            } else {
                strayRatings++;
            }
            return;
        }
        if (slot < 0) {
            overall = rating;
            return;
        }
        RatingsPage.PrintedRating open = standards.get(slot);
        standards.set(slot, new RatingsPage.PrintedRating(open.number(), open.name(), rating, open.line()));
        if (unrated) {
            notRated.add(open.number());
        }
    }

    private void serviceFrom(Line line) {
        List<String> before = new ArrayList<>();
        for (String cell : line.cells()) {
            String text = cell.replaceFirst("(?i)\\s*\\b(?:overall\\s+)?score\\b.*$", "").strip();
            if (!text.isEmpty()) {
                before.add(text);
            }
            if (!cell.equals(text)) {
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            boolean fragment = i + 1 < before.size() && before.get(i + 1).startsWith(before.get(i));
            if (!fragment) {
                kept.add(before.get(i));
            }
        }
        if (!kept.isEmpty()) {
            service = String.join(" ", kept);
        }
    }

    private boolean consumed(int index) {
        end = index + 1;
        last = index;
        return true;
    }

    RatingsPage page(int start) {
        return new RatingsPage(start, end < 0 ? start : end, service, score, maxScore, overall, fieldwork, standards,
                notRated, strayRatings);
    }
}
