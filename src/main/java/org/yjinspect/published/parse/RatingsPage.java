package org.yjinspect.published.parse;

import java.util.List;
import org.yjinspect.rating.domain.Rating;

/**
 * The ratings page as printed: the service, the score out of the maximum, the overall rating,
 * any fieldwork line, and each standard with its rating in printed order. {@code end} is the
 * index after its last line. {@code notRated} lists the standards printed as "Not rated" (as
 * resettlement is when there were no cases); {@code strayRatings} counts ratings printed on a
 * line of their own that no standard was waiting for.
 */
public record RatingsPage(int start, int end, String service, Integer score, Integer maxScore, Rating overall,
                          String fieldworkLine, List<PrintedRating> standards, List<String> notRated,
                          int strayRatings, boolean unmatched) {
    public RatingsPage {
        standards = List.copyOf(standards);
        notRated = List.copyOf(notRated);
    }

    /** One standard on the ratings page; {@code rating} is null when none was printed next to it. */
    public record PrintedRating(String number, String name, Rating rating, int line) {
    }
}
