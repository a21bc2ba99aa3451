package org.yjinspect.secondreading.page;

import java.util.HashMap;
import java.util.Map;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/**
 * The framework's words for the ids the agreement figures and the differences are keyed by:
 * standards by number, key questions and prompts by id, and the two classifications.
 */
public final class Wording {
    private final Map<String, String> texts = new HashMap<>();

    Wording(Framework framework) {
        for (Standard s : framework.standards()) {
            texts.put("standard:" + s.number(), s.number() + " " + s.name());
            for (KeyQuestion kq : s.keyQuestions()) {
                texts.put(kq.id(), kq.text());
                for (Prompt p : kq.prompts()) {
                    texts.put(p.id(), p.text());
                }
            }
        }
        texts.put("risk_of_serious_harm", "Risk of serious harm");
        texts.put("safety_wellbeing", "Safety and wellbeing");
    }

    /** "2.1 Planning" for a standard's number, or the number itself when the framework has no such standard. */
    public String standard(String number) {
        return number == null ? "" : texts.getOrDefault("standard:" + number, number);
    }

    /** A key question's, prompt's or classification's words, or the id when unknown. */
    public String of(String id) {
        return id == null ? "" : texts.getOrDefault(id, id.replace('_', ' '));
    }
}
