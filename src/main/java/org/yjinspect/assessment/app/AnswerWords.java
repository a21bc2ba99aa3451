package org.yjinspect.assessment.app;

import java.util.Locale;
import java.util.Map;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.caseload.domain.Vocabulary;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * Reads answers as inspectors type them: any case, spaces, hyphens or underscores ("Not
 * applicable", "n/a", "not_relevant"). A blank answer clears it. Anything else is refused.
 */
public final class AnswerWords {
    private static final Map<String, PromptAnswer> PROMPT = Map.of("yes", PromptAnswer.YES, "no", PromptAnswer.NO,
            "not applicable", PromptAnswer.NOT_APPLICABLE, "n/a", PromptAnswer.NOT_APPLICABLE, "na",
            PromptAnswer.NOT_APPLICABLE);
    private static final Map<String, KeyQuestionAnswer> KEY_QUESTION = Map.of("yes", KeyQuestionAnswer.YES, "no",
            KeyQuestionAnswer.NO, "not relevant", KeyQuestionAnswer.NOT_RELEVANT, "not relevant to this case",
            KeyQuestionAnswer.NOT_RELEVANT, "n/r", KeyQuestionAnswer.NOT_RELEVANT);

    private AnswerWords() {
    }

    public static PromptAnswer prompt(String text) {
        return blank(text) ? null : find(PROMPT, text, "a prompt answer must be yes, no or not_applicable");
    }

    public static KeyQuestionAnswer keyQuestion(String text) {
        return blank(text) ? null : find(KEY_QUESTION, text, "a key question answer must be yes, no or not_relevant");
    }

    public static RiskLevel risk(String field, String text) {
        return blank(text) ? null : Vocabulary.find(RiskLevel.class, text).orElseThrow(() -> Problem.invalid(field
                + " must be one of " + Vocabulary.accepted(RiskLevel.class) + " (got \"" + SafeText.shown(text) + "\")"));
    }

    public static AssessmentStatus status(String text) {
        Problem.require(!blank(text), "the status to move to is required");
        String wanted = Vocabulary.normalise(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            if (status.name().equals(wanted)) {
                return status;
            }
        }
        throw Problem.invalid("a case status is one of in_progress, submitted, returned_for_rework, accepted (got \""
                + SafeText.shown(text) + "\")");
    }

    private static <T> T find(Map<String, T> words, String text, String message) {
        T exact = words.get(text);
        T found = exact != null ? exact : words.get(Vocabulary.normalise(text));
        if (found == null) {
            throw Problem.invalid(message + " (got \"" + SafeText.shown(text) + "\")");
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
