package org.yjinspect.access.domain;

import java.util.Optional;

/**
 * The part of the blind second-reading rule (docs/second-reading.md) that the existing routes
 * must keep: the second reader of a case does not read or change its first reading (the live
 * assessment) through the case routes until both readings are submitted, whatever their roles;
 * and while someone is the second reader of any case not yet both submitted, they do not read the
 * audit trail nor export the inspection, which both name the first readings' answers. It only
 * ever narrows what the roles allow.
 */
final class SecondReadingBlindness {
    private SecondReadingBlindness() {
    }

    /** The reason the action is forbidden for now, or empty when second reading does not limit it. */
    static Optional<String> refusal(Action action, AccessPolicy.SecondReading secondReading) {
        if ((action == Action.READ_CASE || action == Action.ASSESS_CASE) && secondReading.ofCase()
                && secondReading.caseBlind()) {
            return Optional.of("you are the second reader of this case: its first reading stays hidden from you"
                    + " until both readings are submitted");
        }
        if ((action == Action.READ_AUDIT || action == Action.EXPORT_INSPECTION) && secondReading.blindCases()) {
            return Optional.of("you are the second reader of cases whose readings are not both submitted yet; the"
                    + " audit trail and the export show first readings' answers, so they wait until then");
        }
        return Optional.empty();
    }
}
