package org.yjinspect.assessment.domain;

import org.yjinspect.rules.Verdict;
import org.yjinspect.rules.Ruling;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a case assessment. Answers move it from not started to in progress; the inspector
 * submits it; a quality lead accepts it or returns it for rework with a reason, after which the
 * inspector works on it again. An accepted assessment is reopened only by returning it.
 */
public final class AssessmentStatusPolicy {
    public static final String RULE = "Case assessment status";
    private static final Map<AssessmentStatus, Set<AssessmentStatus>> NEXT = Map.of(
            AssessmentStatus.NOT_STARTED, EnumSet.of(AssessmentStatus.IN_PROGRESS),
            AssessmentStatus.IN_PROGRESS, EnumSet.of(AssessmentStatus.SUBMITTED),
            AssessmentStatus.SUBMITTED, EnumSet.of(AssessmentStatus.ACCEPTED, AssessmentStatus.RETURNED_FOR_REWORK),
            AssessmentStatus.RETURNED_FOR_REWORK, EnumSet.of(AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED),
            AssessmentStatus.ACCEPTED, EnumSet.of(AssessmentStatus.RETURNED_FOR_REWORK));

    private AssessmentStatusPolicy() {
    }

    public static Ruling<Verdict> move(AssessmentStatus from, AssessmentStatus to, String reason) {
        if (!NEXT.get(from).contains(to)) {
            return Ruling.refuse(RULE, "a case assessment cannot go from " + words(from) + " to " + words(to)
                    + "; from " + words(from) + " it can go to " + NEXT.get(from).stream().map(AssessmentStatusPolicy::words).toList());
        }
        if (to == AssessmentStatus.RETURNED_FOR_REWORK && (reason == null || reason.isBlank())) {
            return Ruling.refuse(RULE, "returning a case assessment for rework needs a reason");
        }
        return Ruling.allow(RULE, "moved from " + words(from) + " to " + words(to));
    }

    /** Answers may change only while the inspector is working on the case. */
    public static Ruling<Verdict> answersMayChange(AssessmentStatus status) {
        return switch (status) {
            case NOT_STARTED, IN_PROGRESS, RETURNED_FOR_REWORK -> Ruling.allow(RULE, "the assessment is open");
            case SUBMITTED, ACCEPTED -> Ruling.refuse(RULE, "the assessment is " + words(status)
                    + "; return it for rework to change its answers");
        };
    }

    public static String words(AssessmentStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
