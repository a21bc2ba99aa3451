package org.yjinspect.records.domain;

import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * Who is making a change, as the audit trail records it. Until login exists this is the name
 * given with the request (a header on the API, an option on the command line); only the way it
 * is obtained will change, not what is recorded. A name follows {@link TextRule#NAME}: one line
 * of plain text, any alphabet ("Siân Ó Briain" is stored as typed).
 */
public record Actor(String name) {
    public static final int LONGEST = 60;

    public Actor {
        Problem.require(name != null && !name.isBlank(), "who is making this change is required"
                + " (the X-Actor header on the API, --actor on the command line)");
        name = TextRule.NAME.checked("the actor name", name, LONGEST, true);
    }
}
