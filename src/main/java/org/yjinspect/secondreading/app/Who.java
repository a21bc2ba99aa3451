package org.yjinspect.secondreading.app;

import java.util.Objects;
import org.yjinspect.records.domain.Actor;

/**
 * Who is asking: the account's username (what the blind rule and the readers' names go by) and the
 * actor the audit trail names for a change ("lowri", or "lowri (command line)").
 */
public record Who(String username, Actor actor) {
    public Who {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(actor, "actor");
    }

    /** Signed in on the API or the pages. */
    public static Who signedIn(String username) {
        return new Who(username, Actor.of(username));
    }

    /** Named with --as on the command line. */
    public static Who onCommandLine(String username) {
        return new Who(username, Actor.onCommandLine(username));
    }
}
