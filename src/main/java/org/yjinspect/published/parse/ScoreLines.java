package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score on a ratings page: "Score 24/36", "Score: 24 / 36", "Overall score 24 out of 36", or
 * the label and the figure on lines of their own. The line it is on may name the service first.
 */
final class ScoreLines {
    private static final Pattern SCORE_ALONE = Pattern.compile("(?i)^(\\d{1,2})\\s*(?:/|out\\s+of)\\s*(\\d{2})$");

    /** "Score" alone, or after the service's name ("Anytown YJS Score"), its figure to follow on a line of its own. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:(.{0,80}?)\\s+)?(?:overall\\s+)?score\\s*:?$");

    private Integer score;
    private String labelService;
    private Integer maxScore;
    private boolean scorePending;
    private boolean onScoreLine;

    /** Reads the line if it states the score, or its label or figure alone. */
    boolean read(Line line) {
        String plain = line.plain();
        Matcher scoreLine = RatingsPageParser.SCORE.matcher(plain);
        if (scoreLine.find()) {
            score = Integer.valueOf(scoreLine.group(1));
            maxScore = Integer.valueOf(scoreLine.group(2));
            onScoreLine = true;
            return true;
        }
        onScoreLine = false;
        Matcher label = LABEL.matcher(plain);
        if (label.matches()) {
            scorePending = true;
            labelService = label.group(1) == null || label.group(1).isBlank() ? null : label.group(1).strip();
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

    /** The service named before the score on the score line ("Anytown YJS\tScore\t24/36"), if any. */
    Optional<String> serviceBefore(Line line) {
        if (!onScoreLine) {
            Optional<String> named = scorePending ? Optional.ofNullable(labelService) : Optional.empty();
            labelService = null;
            return named;
        }
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
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    }

    boolean found() {
        return score != null;
    }

    Integer score() {
        return score;
    }

    Integer maxScore() {
        return maxScore;
    }
}
