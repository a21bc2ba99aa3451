package org.yjinspect.library.app;

import java.util.Objects;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.records.domain.Actor;

/**
 * Keep a published inspection in the library. When the library already holds that service's
 * inspection of that month with other figures, {@code replace} says to put these in their place.
 */
public record AddToLibraryCommand(LibraryInspection inspection, boolean replace, Actor actor) {
    public AddToLibraryCommand {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(actor, "actor");
    }
}
