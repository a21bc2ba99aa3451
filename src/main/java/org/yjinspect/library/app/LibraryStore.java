package org.yjinspect.library.app;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.yjinspect.library.domain.LibraryEvent;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.records.domain.Actor;

/** Where the library is kept; every write also records a {@link LibraryEvent} in the same transaction. */
public interface LibraryStore extends LibraryReader {
    /** The inspection of that service published that month, if the library holds it. */
    Optional<LibraryInspection> find(String serviceKey, YearMonth published);

    /** Adds an inspection; a conflict problem when the same service and month was added meanwhile. */
    long add(LibraryInspection inspection, Actor actor);

    /** Puts {@code inspection}'s figures in place of those held under {@code id}. */
    void replace(long id, LibraryInspection inspection, Actor actor, List<String> differences);

    /** Removes it; false when there is no such inspection. */
    boolean remove(long id, Actor actor);

    /** The trail of one library id, oldest first (kept after a removal). */
    List<LibraryEvent> events(long id);
}
