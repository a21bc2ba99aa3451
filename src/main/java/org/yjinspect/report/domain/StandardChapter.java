package org.yjinspect.report.domain;

import java.util.List;
import java.util.Optional;
import org.yjinspect.rating.domain.Rating;

/**
 * A standard's section: its statement, its rating, the key-question table with the driving key
 * question marked (case-based standards, over {@code cases} cases), the ratings panel's
 * discretion with its rationale where it was used, a recorded decision that no longer holds,
 * the evidence for each question (qualitative standards), and the good practice examples the
 * inspectors marked in the cases.
 */
public record StandardChapter(String number, String name, String statement, boolean caseBased, RatingLine rating,
                              String ratingReason, int cases, List<KeyQuestionLine> keyQuestions,
                              Optional<Discretion> discretion, Optional<String> decisionNoLongerHolds,
                              List<QuestionEvidence> evidence, List<String> goodPractice) {
    public StandardChapter {
        keyQuestions = List.copyOf(keyQuestions);
        evidence = List.copyOf(evidence);
        goodPractice = List.copyOf(goodPractice);
    }

    /** The ratings panel moved the computed rating by one band, for this rationale. */
    public record Discretion(Rating computed, Rating decided, String rationale) {
    }

    /** A question the inspectors take into account for a qualitative standard, with the evidence noted. */
    public record QuestionEvidence(int number, String question, String note) {
    }

    /** The lowercase name used in "Our rating for assessment is based on ...". */
    public String lowerName() {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
