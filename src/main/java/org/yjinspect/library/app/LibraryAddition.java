package org.yjinspect.library.app;

import java.util.List;
import java.util.Objects;
import org.yjinspect.library.domain.LibraryInspection;

/**
 * What adding a report to the library did: added it, found it already there with the same
 * figures, found it there with other figures (and changed nothing), or replaced those figures.
 *
 * @param inspection  the inspection as the library now holds it
 * @param differences held value first, one difference a line; empty unless the figures differ
 */
public record LibraryAddition(Outcome outcome, LibraryInspection inspection, List<String> differences) {
    /** What happened. */
    public enum Outcome {
        ADDED("added to the library"),
        ALREADY_HELD("already in the library with the same figures; nothing changed"),
        DIFFERS("already in the library with other figures; nothing changed (add it again with replace to use"
                + " these figures)"),
        REPLACED("already in the library with other figures; replaced by these");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public LibraryAddition {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(inspection, "inspection");
        differences = List.copyOf(differences);
    }

    /** Whether the library changed. */
    public boolean changed() {
        return outcome == Outcome.ADDED || outcome == Outcome.REPLACED;
    }
}
