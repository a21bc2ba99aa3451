package org.yjinspect.transfer.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/** Where each prompt and key question of a framework sits, to check a document's answers against it. */
final class FrameworkIndex {
    /** A prompt's or key question's place: its standard and key question. */
    record Place(String standardNumber, String keyQuestionId) {
    }

    private final Framework framework;
    private final Map<String, Place> prompts = new HashMap<>();
    private final Map<String, Place> keyQuestions = new HashMap<>();

    FrameworkIndex(Framework framework) {
        this.framework = framework;
        for (Standard standard : framework.standards()) {
            for (KeyQuestion kq : standard.keyQuestions()) {
                keyQuestions.put(kq.id(), new Place(standard.number(), kq.id()));
                for (Prompt prompt : kq.prompts()) {
                    prompts.put(prompt.id(), new Place(standard.number(), kq.id()));
                }
            }
        }
    }

    String version() {
        return framework.version().label();
    }

    Optional<Place> prompt(String id) {
        return Optional.ofNullable(prompts.get(id));
    }

    Optional<Place> keyQuestion(String id) {
        return Optional.ofNullable(keyQuestions.get(id));
    }

    /** The domain numbered so, if the framework has one (a finding belongs to one). */
    Optional<Domain> domain(long number) {
        return framework.domains().stream().filter(d -> d.number() == number).findFirst();
    }

    /** The framework's domains, as "1 Organisational delivery", for a refusal to list. */
    String domains() {
        return framework.domains().stream().map(d -> d.number() + " " + d.name()).toList().toString();
    }

    Optional<Standard> standard(String number) {
        return framework.standard(number);
    }
}
