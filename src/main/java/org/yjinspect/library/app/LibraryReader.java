package org.yjinspect.library.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.library.domain.LibraryInspection;

/** Reading the library: what the comparisons, pages and exports see. */
public interface LibraryReader {
    /** Every inspection in the library, newest publication first, then by service. */
    List<LibraryInspection> all();

    Optional<LibraryInspection> find(long id);
}
