package org.yjinspect.assessment.domain;

import java.util.Collection;
import org.yjinspect.rating.domain.KeyQuestionFigure;

/**
 * Turns the per-case judgements on one key question into its figure: 'Yes' cases over relevant
 * cases, with "not relevant" and unanswered cases left out of both. Live ratings are always
 * computed this way from the stored answers, never kept as a second copy that could drift.
 */
public final class KeyQuestionTally {
    private KeyQuestionTally() {
    }

    public static KeyQuestionFigure tally(String keyQuestionText, Collection<KeyQuestionAnswer> answers) {
        int yes = 0;
        int relevant = 0;
        for (KeyQuestionAnswer answer : answers) {
            if (answer == KeyQuestionAnswer.YES) {
                yes++;
                relevant++;
            } else if (answer == KeyQuestionAnswer.NO) {
                relevant++;
            }
        }
        return KeyQuestionFigure.counted(keyQuestionText, yes, relevant);
    }
}
