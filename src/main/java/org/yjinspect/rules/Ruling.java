package org.yjinspect.rules;

import java.util.Objects;

/**
 * What a named rule decided and why: the one result-with-reason type. Every published rule and
 * every rule of the application returns one, so that the ratings page, the ratings panel, a
 * refused write and the audit trail can cite the rule and its reason. A rule that allows or
 * refuses something returns a {@link Verdict}; a refusal is data, never an exception.
 *
 * @param value  the result (a rating, a score, a verdict ...); may be null when the rule decides "not rated"
 * @param rule   the rule's name, in the inspectorate's words
 * @param reason one sentence a reader of the report would accept as the explanation
 */
public record Ruling<T>(T value, String rule, String reason) {
    public Ruling {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public static Ruling<Verdict> allow(String rule, String reason) {
        return new Ruling<>(Verdict.ALLOWED, rule, reason);
    }

    public static Ruling<Verdict> refuse(String rule, String reason) {
        return new Ruling<>(Verdict.REFUSED, rule, reason);
    }

    /** For a rule that allows or refuses: whether it allowed. Asking it of any other rule is a bug. */
    public boolean allowed() {
        if (!(value instanceof Verdict verdict)) {
            throw new IllegalStateException(rule + " does not allow or refuse; it decided " + value);
        }
        return verdict == Verdict.ALLOWED;
    }
}
