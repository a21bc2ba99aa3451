package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * What the case assessment aggregate decided about a requested change: the change to apply, or
 * the refusal with the rule and reason that refused it and what kind of refusal it is.
 */
public sealed interface Decision<C extends CaseChange> {
    /** Why a change was refused, which decides how the refusal is answered (400, 404, 409). */
    enum Refusal { NOT_IN_FORM, INVALID_ANSWER, NOT_ALLOWED_NOW }

    record Accepted<C extends CaseChange>(C change) implements Decision<C> {
    }

    record Refused<C extends CaseChange>(Refusal kind, Ruling<Verdict> ruling) implements Decision<C> {
    }

    static <C extends CaseChange> Decision<C> refused(Refusal kind, Ruling<Verdict> ruling) {
        return new Refused<>(kind, ruling);
    }
}
