package org.yjinspect.assessment.app;

import java.util.List;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** Finds where an answer lands among the standards assessed for a case, or says plainly that it is not there. */
final class FormPlaces {
    private FormPlaces() {
    }

    /** Where an answer lands in the framework. */
    record Place(Standard standard, KeyQuestion keyQuestion, Prompt prompt) {
    }

    static Place prompt(List<Standard> standards, String promptId, AssessedCase assessed) {
        for (Standard s : standards) {
            for (KeyQuestion kq : s.keyQuestions()) {
                for (Prompt p : kq.prompts()) {
                    if (p.id().equals(promptId)) {
                        return new Place(s, kq, p);
                    }
                }
            }
        }
        throw Problem.notFound("there is no prompt " + SafeText.shown(promptId) + " among the standards assessed for "
                + "case " + assessed.reference() + " (" + numbers(standards) + ")");
    }

    static Place keyQuestion(List<Standard> standards, String keyQuestionId, AssessedCase assessed) {
        for (Standard s : standards) {
            for (KeyQuestion kq : s.keyQuestions()) {
                if (kq.id().equals(keyQuestionId)) {
                    return new Place(s, kq, null);
                }
            }
        }
        throw Problem.notFound("there is no key question " + SafeText.shown(keyQuestionId) + " among the standards"
                + " assessed for case " + assessed.reference() + " (" + numbers(standards) + ")");
    }

    private static String numbers(List<Standard> standards) {
        List<String> numbers = standards.stream().map(Standard::number).toList();
        return numbers.isEmpty() ? "none: resettlement cases are illustrative only" : String.join(", ", numbers);
    }

}
