package org.yjinspect.assessment.domain;

import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Who may move a case assessment's status. The assessor works on the case and submits it
 * ({@link Action#ASSESS_CASE}); accepting it, or returning it for rework, is quality assurance,
 * done by someone other than the assessor: the lead inspector ({@link Action#DECIDE_CASE}), and
 * never the lead who assessed the case themselves. The API, the case pages and the command line
 * all ask this rule, so nobody accepts their own work by any of them. The access policy says who
 * holds which action; this rule says which action a move needs and gives the answer with its reason.
 */
public final class QualityAssurancePolicy {
    public static final String RULE = "Quality assurance of case assessments";

    private QualityAssurancePolicy() {
    }

    /**
     * What the rule is given: the access policy's ruling on {@link #actionFor the action the move
     * needs}, the username of whoever asks, and the username of whoever assessed the case (its
     * allocated assessor or, with nobody allocated, whoever last submitted it; null when neither).
     */
    public record Facts(Ruling<Access> onTheAction, String asker, String assessor) {
    }

    /** Whether moving to {@code to} is quality assurance (accepting, or returning for rework). */
    public static boolean assures(AssessmentStatus to) {
        return to == AssessmentStatus.ACCEPTED || to == AssessmentStatus.RETURNED_FOR_REWORK;
    }

    /** The action a move to {@code to} needs. */
    public static Action actionFor(AssessmentStatus to) {
        return assures(to) ? Action.DECIDE_CASE : Action.ASSESS_CASE;
    }

    /**
     * Whether the person may move the case to {@code to}: a refusal of the action gives the access
     * policy's reason; a decision on one's own assessment is refused with this rule's.
     */
    public static Ruling<Verdict> mayMove(AssessmentStatus to, Facts facts) {
        Ruling<Access> onTheAction = facts.onTheAction();
        if (onTheAction.value() != Access.ALLOWED) {
            return Ruling.refuse(RULE, onTheAction.reason());
        }
        if (assures(to) && facts.assessor() != null && facts.assessor().equals(facts.asker())) {
            return Ruling.refuse(RULE, "someone other than the case's assessor decides it (" + facts.asker()
                    + " assessed this case)");
        }
        return Ruling.allow(RULE, assures(to)
                ? "the lead inspector accepts a case assessment or returns it for rework (" + onTheAction.reason() + ")"
                : "whoever assesses the case works on it and submits it (" + onTheAction.reason() + ")");
    }
}
