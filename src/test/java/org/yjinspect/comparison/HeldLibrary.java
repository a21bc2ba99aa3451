package org.yjinspect.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.app.LibraryReader;
import org.yjinspect.library.app.LibraryReports;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.ServiceKeyPolicy;

/**
 * A library in memory for tests: the five published inspections whose figures the project holds
 * (src/main/resources/published/figures), as the library keeps them, plus any others a test adds.
 * Ids 1 to 5 in the order of the index (newest first).
 */
public final class HeldLibrary implements LibraryReader {
    private final List<LibraryInspection> inspections;

    public HeldLibrary(List<LibraryInspection> inspections) {
        this.inspections = List.copyOf(inspections);
    }

    public static HeldLibrary held() {
        return new HeldLibrary(heldInspections());
    }

    public static List<LibraryInspection> heldInspections() {
        List<LibraryInspection> read = new ArrayList<>();
        long id = 1;
        for (LibraryInspection held : new LibraryReports(v -> Optional.of(FrameworkCatalogue.load(v))).held()) {
            read.add(withId(id++, held));
        }
        return read;
    }

    public static LibraryInspection withId(long id, LibraryInspection i) {
        return new LibraryInspection(id, i.service(), i.serviceKey(), i.published(), i.frameworkVersion(), i.score(),
                i.maxScore(), i.overallRating(), i.standards(), i.cases(), i.warnings(), i.source(), i.added());
    }

    public HeldLibrary with(List<LibraryInspection> more) {
        List<LibraryInspection> all = new ArrayList<>(inspections);
        all.addAll(more);
        return new HeldLibrary(all);
    }

    @Override
    public List<LibraryInspection> all() {
        return inspections;
    }

    @Override
    public Optional<LibraryInspection> find(long id) {
        return inspections.stream().filter(i -> i.id() == id).findFirst();
    }

    /** The service's name folded as the library folds it for deduplication. */
    public static String key(String service) {
        return ServiceKeyPolicy.fold(service).value();
    }
}
