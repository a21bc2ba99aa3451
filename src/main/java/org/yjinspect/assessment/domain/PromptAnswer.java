package org.yjinspect.assessment.domain;

/** An inspector's answer to one prompt for one case. */
public enum PromptAnswer {
    YES, NO, NOT_APPLICABLE
}
