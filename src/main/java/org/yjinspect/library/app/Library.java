package org.yjinspect.library.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.library.domain.LibraryDifferences;
import org.yjinspect.library.domain.LibraryEvent;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/**
 * Use cases: keep published inspections in the library, one per service and month of
 * publication. A report read again with the same figures changes nothing; with other figures it
 * shows what differs and changes nothing unless asked to replace them. Who may do this is the
 * adapters' to check (administrators: docs/library.md).
 */
public final class Library implements LibraryReader {
    private final LibraryStore store;

    public Library(LibraryStore store) {
        this.store = store;
    }

    public LibraryAddition add(AddToLibraryCommand command) {
        LibraryInspection read = command.inspection();
        LibraryLimits.check(read);
        Optional<LibraryInspection> held = store.find(read.serviceKey(), read.published());
        if (held.isEmpty()) {
            long id = store.add(read, command.actor());
            return new LibraryAddition(LibraryAddition.Outcome.ADDED, kept(id), List.of());
        }
        List<String> differences = LibraryDifferences.between(held.get(), read);
        if (differences.isEmpty()) {
            return new LibraryAddition(LibraryAddition.Outcome.ALREADY_HELD, held.get(), List.of());
        }
        if (!command.replace()) {
            return new LibraryAddition(LibraryAddition.Outcome.DIFFERS, held.get(), differences);
        }
        store.replace(held.get().id(), read, command.actor(), differences);
        return new LibraryAddition(LibraryAddition.Outcome.REPLACED, kept(held.get().id()), differences);
    }

    /** Keeps each of {@code inspections} that the library does not hold yet (the demonstration's start); how many were added. */
    public int keepNew(List<LibraryInspection> inspections, Actor actor) {
        int added = 0;
        for (LibraryInspection inspection : inspections) {
            if (store.find(inspection.serviceKey(), inspection.published()).isEmpty()) {
                store.add(inspection, actor);
                added++;
            }
        }
        return added;
    }

    /** Removes an inspection from the library; a not-found problem when there is none of that id. */
    public LibraryInspection remove(long id, Actor actor) {
        LibraryInspection held = kept(id);
        if (!store.remove(id, actor)) {
            throw missing(id);
        }
        return held;
    }

    @Override
    public List<LibraryInspection> all() {
        return store.all();
    }

    @Override
    public Optional<LibraryInspection> find(long id) {
        return store.find(id);
    }

    /** The inspection of that id, or a not-found problem. */
    public LibraryInspection kept(long id) {
        return store.find(id).orElseThrow(() -> missing(id));
    }

    public List<LibraryEvent> events(long id) {
        return store.events(id);
    }

    private static Problem missing(long id) {
        return Problem.notFound("there is no inspection " + id + " in the library (yjinspect published list, or"
                + " /library, shows what it holds)");
    }
}
