package org.yjinspect.organisation.domain;

import java.time.LocalDate;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * A meeting or interview held in fieldwork: when, what kind, with whom (roles, such as "board
 * members" or "case managers"; no children's names), how many took part, and optionally the
 * standard it informs.
 */
public record Meeting(LocalDate heldOn, MeetingKind kind, String withWhom, int participants, String standardNumber) {
    public static final int LONGEST_WITH_WHOM = 200;

    public Meeting {
        Problem.require(heldOn != null, "the date the meeting was held (heldOn) is required");
        Problem.require(kind != null, "the kind (meeting, interview, focus_group, observation) is required");
        withWhom = TextRule.NAME.checked("withWhom", withWhom, LONGEST_WITH_WHOM, true);
        Problem.require(participants >= 1 && participants <= 1000, "participants must be between 1 and 1000 (got "
                + participants + ")");
        standardNumber = standardNumber == null || standardNumber.isBlank() ? null : standardNumber.strip();
    }
}
