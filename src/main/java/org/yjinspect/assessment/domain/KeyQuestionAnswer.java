package org.yjinspect.assessment.domain;

/**
 * An inspector's own judgement on a key question for one case. Not derived from the prompts:
 * the published figures show key questions judged 'Yes' with prompts 'No' (and the reverse).
 * NOT_RELEVANT takes the case out of the key question's denominator.
 */
public enum KeyQuestionAnswer {
    YES, NO, NOT_RELEVANT
}
