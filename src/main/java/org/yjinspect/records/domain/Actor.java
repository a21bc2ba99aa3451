package org.yjinspect.records.domain;

import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * Who is making a change, as the audit trail records it. Until login exists this is the name
 * given with the request (a header on the API, an option on the command line); only the way it
 * is obtained will change, not what is recorded.
 */
public record Actor(String name) {
    public static final int LONGEST = 60;

    public Actor {
        Problem.require(name != null && !name.isBlank(), "who is making this change is required"
                + " (the X-Actor header on the API, --actor on the command line)");
        name = name.strip();
        Problem.require(name.length() <= LONGEST, "the actor name is longer than " + LONGEST + " characters");
        Problem.require(name.chars().noneMatch(c -> Character.isISOControl(c) || FreeText.isInvisibleFormatting(c)),
                "the actor name \"" + SafeText.shown(name) + "\" contains control characters");
    }
}
