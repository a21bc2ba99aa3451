package org.yjinspect.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/** Where an answer lands in the framework. */
record FormPlace(Standard standard, KeyQuestion keyQuestion, Prompt prompt) {
    static Optional<FormPlace> ofPrompt(List<Standard> standards, String promptId) {
        for (Standard s : standards) {
            for (KeyQuestion kq : s.keyQuestions()) {
                for (Prompt p : kq.prompts()) {
                    if (p.id().equals(promptId)) {
                        return Optional.of(new FormPlace(s, kq, p));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<FormPlace> ofKeyQuestion(List<Standard> standards, String keyQuestionId) {
        for (Standard s : standards) {
            for (KeyQuestion kq : s.keyQuestions()) {
                if (kq.id().equals(keyQuestionId)) {
                    return Optional.of(new FormPlace(s, kq, null));
                }
            }
        }
        return Optional.empty();
    }
}
