package org.yjinspect.secondreading.app;

import java.util.List;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.framework.domain.Applicability;

/**
 * The second reader's own form for a case: the same standards, key questions and prompts as the
 * first reading's, with the second reader's answers only (never the first reader's), the
 * classifications, and the revision the next change is based on.
 */
public record SecondReadingForm(ChosenCase chosen, String caseType, List<StandardForm> standards,
                                Classification classification, int revision, String updatedBy) {
    public SecondReadingForm {
        standards = List.copyOf(standards);
    }

    public record StandardForm(String number, String name, List<KeyQuestionForm> keyQuestions) {
        public StandardForm {
            keyQuestions = List.copyOf(keyQuestions);
        }
    }

    /** {@code answer} null: not judged yet. */
    public record KeyQuestionForm(String id, String text, Applicability appliesTo, KeyQuestionAnswer answer,
                                  List<PromptForm> prompts) {
        public KeyQuestionForm {
            prompts = List.copyOf(prompts);
        }
    }

    /** {@code answer} null: not answered yet. */
    public record PromptForm(String id, String text, boolean notApplicableAllowed, PromptAnswer answer) {
    }
}
