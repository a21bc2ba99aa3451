package org.yjinspect.comparison.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.framework.domain.Standard;

/**
 * A standard's published ratings across the library's inspections of its version, its key
 * questions' spreads, and the other version's tally only where the mapping says the standards
 * correspond ({@code mapping} says whether, and why).
 */
public record StandardComparison(Standard standard, RatingTally tally, List<KeyQuestionComparison> keyQuestions,
                                 Correspondence mapping, Optional<RatingTally> counterpart) {
    public StandardComparison {
        keyQuestions = List.copyOf(keyQuestions);
    }
}
