package org.yjinspect.records.domain;

import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * Who is making a change, as the audit trail records it: the username of the account signed in
 * on the API ({@link #of}), or of the account a command names with {@code --as}, marked as made
 * on the command line ({@link #onCommandLine}). A name follows {@link TextRule#NAME}: one line of
 * plain text.
 */
public record Actor(String name) {
    public static final int LONGEST = 60;
    /** How the audit trail marks a change made on the command line rather than through the API. */
    public static final String COMMAND_LINE = " (command line)";

    public Actor {
        Problem.require(name != null && !name.isBlank(), "who is making this change is required"
                + " (sign in on the API; --as USER on the command line)");
        name = TextRule.NAME.checked("the actor name", name, LONGEST, true);
    }

    /** The account signed in on the API. */
    public static Actor of(String username) {
        return new Actor(username);
    }

    /** The account a command names with {@code --as}, marked as the command line's. */
    public static Actor onCommandLine(String username) {
        return new Actor(username + COMMAND_LINE);
    }
}
