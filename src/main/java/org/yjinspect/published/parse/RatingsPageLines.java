package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.rating.domain.Rating;

/**
 * The lines of a ratings page as they are read, one at a time: {@link #read} takes a line and
 * says whether it still belongs to the page (service, score, overall rating, fieldwork, a domain
 * or a standard with its rating, or a rating on a line of its own below its standard).
 */
final class RatingsPageLines {
    private static final Pattern OVERALL = Pattern.compile("(?i)\\boveral\\s?l\\s+rating\\b\\s*:?\\s*(.*)$");
    private static final Pattern STANDARD = Pattern.compile("^(?i:standard\\s+)?(\\d)\\s?\\.\\s?(\\d)\\.?:?\\s+(.+?)$");
    private static final Pattern SCORE_ALONE = Pattern.compile("^(\\d{1,2})\\s*/\\s*(\\d{2})$");
    private static final Pattern DOMAIN_ROW = Pattern.compile("^\\d\\s?\\.?\\s+[A-Z][A-Za-z\\- ]{3,40}$");

    private String service;
    private Integer score;
    private Integer maxScore;
    private Rating overall;
    private boolean overallPending;
    private boolean scorePending;
    private String fieldwork;
    private final List<RatingsPage.PrintedRating> standards = new ArrayList<>();
    private int pending = -1;
    private int end = -1;
    private int last;

    RatingsPageLines(int start) {
        last = start;
    }

    boolean read(Line line, int index) {
        String plain = line.plain();
        Matcher scoreLine = RatingsPageParser.SCORE.matcher(plain);
        if (scoreLine.find()) {
            score = Integer.valueOf(scoreLine.group(1));
            maxScore = Integer.valueOf(scoreLine.group(2));
            serviceFrom(line);
            return consumed(index);
        }
        if (plain.matches("(?i)^score\\s*:?$")) {
            scorePending = true;
            return consumed(index);
        }
        Matcher scoreAlone = SCORE_ALONE.matcher(plain);
        if (scorePending && scoreAlone.matches()) {
            score = Integer.valueOf(scoreAlone.group(1));
            maxScore = Integer.valueOf(scoreAlone.group(2));
            scorePending = false;
            return consumed(index);
        }
        Matcher overallLine = OVERALL.matcher(plain);
        if (overallLine.find()) {
            Optional<Rating> rating = Ratings.first(overallLine.group(1));
            rating.ifPresent(r -> overall = r);
            overallPending = rating.isEmpty();
            return consumed(index);
        }
        if (plain.regionMatches(true, 0, "fieldwork", 0, 9)) {
            fieldwork = plain;
            return consumed(index);
        }
        Optional<Rating> alone = Ratings.alone(plain);
        if (alone.isPresent()) {
            return assign(alone.get(), index);
        }
        Matcher standard = STANDARD.matcher(plain);
        if (standard.matches()) {
            return standardRow(standard, line, index);
        }
        if (DOMAIN_ROW.matcher(plain).matches() && (score != null || !standards.isEmpty())) {
            return consumed(index);
        }
        if (standards.isEmpty() && service == null && score == null && plain.length() < 90) {
            service = plain;
            return consumed(index);
        }
        return standards.isEmpty() && plain.length() < 90 && index - last < 8;
    }

    private boolean standardRow(Matcher standard, Line line, int index) {
        String rest = standard.group(3);
        Optional<Rating> rating = Ratings.atEnd(rest);
        String name = rating.isPresent() ? rest.replaceFirst("(?i)\\s*(" + Ratings.LABELS + ")\\s*\\.?\\s*$", "") : rest;
        standards.add(new RatingsPage.PrintedRating(standard.group(1) + "." + standard.group(2), name.strip(),
                rating.orElse(null), line.number()));
        pending = rating.isPresent() ? -1 : standards.size() - 1;
        return consumed(index);
    }

    private boolean assign(Rating rating, int index) {
        if (pending >= 0) {
            RatingsPage.PrintedRating open = standards.get(pending);
            standards.set(pending, new RatingsPage.PrintedRating(open.number(), open.name(), rating, open.line()));
            pending = -1;
        } else if (overallPending || overall == null && standards.isEmpty()) {
            overall = rating;
            overallPending = false;
        }
        return consumed(index);
    }

    private void serviceFrom(Line line) {
        List<String> before = new ArrayList<>();
        for (String cell : line.cells()) {
            String text = cell.replaceFirst("(?i)\\s*\\bscore\\b.*$", "").strip();
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
        return new RatingsPage(start, end < 0 ? start : end, service, score, maxScore, overall, fieldwork, standards);
    }
}
