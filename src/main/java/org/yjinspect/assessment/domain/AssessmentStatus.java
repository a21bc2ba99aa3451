package org.yjinspect.assessment.domain;

/** Where a case assessment is in its life: from not started to accepted by the quality lead. */
public enum AssessmentStatus {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED_FOR_REWORK, ACCEPTED
}
