package org.yjinspect.report.domain;

import java.util.List;
import java.util.Optional;
import org.yjinspect.rating.domain.Rating;

/**
 * The ratings page: the score out of 36, the overall rating, every scored standard by domain,
 * and the resettlement standard rated apart with its note and, where it applies, the limiting
 * judgement. {@code complete} is false while any scored standard is undecided or unrated: then
 * the score is "so far" and the overall rating is not printed as decided.
 */
public record RatingsSummary(int score, int maxScore, boolean complete, Optional<Rating> overall, String overallReason,
                             List<String> undecided, List<DomainRatings> domains, Optional<RatingLine> resettlement,
                             String resettlementNote, Optional<String> limitingJudgement) {
    public RatingsSummary {
        undecided = List.copyOf(undecided);
        domains = List.copyOf(domains);
    }

    /** The scored standards of one domain, in order. */
    public record DomainRatings(int number, String name, List<RatingLine> standards) {
        public DomainRatings {
            standards = List.copyOf(standards);
        }
    }

    /** The overall rating's words: the rating once every scored standard is decided. */
    public String overallShown() {
        return complete && overall.isPresent() ? overall.get().label() : "Not yet decided";
    }
}
