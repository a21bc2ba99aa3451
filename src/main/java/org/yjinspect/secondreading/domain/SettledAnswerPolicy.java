package org.yjinspect.secondreading.domain;

import java.util.EnumSet;
import java.util.Set;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * A difference between the two readings of a case is settled only once both are submitted, and
 * only where they differ; the agreed answer then becomes the case's live answer. That is the one,
 * narrow exception to the status rule: a submitted or accepted case's answers do not change, except
 * by a settlement, which goes through the same store, the same checks of the form and the catalogue,
 * the same revision check and the same audit as any answer, so the live ratings follow it.
 */
public final class SettledAnswerPolicy {
    public static final String RULE = "A settled answer becomes the live answer";

    private SettledAnswerPolicy() {
    }

    /** Every status: a settlement is made on a case whose first reading is submitted or accepted. */
    public static Set<AssessmentStatus> openForSettlement() {
        return EnumSet.allOf(AssessmentStatus.class);
    }

    public static Ruling<Verdict> check(String caseReference, String item, boolean bothSubmitted, String first,
                                        String second) {
        if (!bothSubmitted) {
            return Ruling.refuse(RULE, "case " + caseReference + ": a difference is settled once both readings are"
                    + " submitted");
        }
        if (first.equals(second)) {
            return Ruling.refuse(RULE, "case " + caseReference + ": both readings answered " + item + " " + first
                    + ", so there is nothing to settle");
        }
        return Ruling.allow(RULE, "case " + caseReference + ": the readings differ on " + item + " (" + first + " and "
                + second + ")");
    }
}
