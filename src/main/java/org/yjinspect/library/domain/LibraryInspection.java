package org.yjinspect.library.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.rating.domain.Rating;

/**
 * One published inspection as the library keeps it: what its report prints on the ratings page
 * and in its section tables, read by the importer (or from figures the project holds).
 *
 * @param id         the library's number for it
 * @param serviceKey the service's name folded for deduplication (lower case, words only, "youth
 *                   offending team/service" and "youth justice service" folded alike)
 * @param score      out of {@code maxScore}; null when the report prints none (2018 reports)
 * @param standards  every standard printed, resettlement (4.1) among them, in framework order
 * @param warnings   what the importer warned about, kept with the inspection
 * @param source     the file it was read from (name only, no folder)
 */
public record LibraryInspection(long id, String service, String serviceKey, YearMonth published,
                                FrameworkVersion frameworkVersion, Integer score, Integer maxScore,
                                Rating overallRating, List<LibraryStandard> standards, CasesInspected cases,
                                List<String> warnings, String source, Instant added) {
    public LibraryInspection {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceKey, "serviceKey");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        standards = standards == null ? List.of() : List.copyOf(standards);
        cases = cases == null ? CasesInspected.UNKNOWN : cases;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        source = source == null ? "" : source;
    }

    /** The same inspection as kept in the library under {@code newId}, added at {@code when}. */
    public LibraryInspection kept(long newId, Instant when) {
        return new LibraryInspection(newId, service, serviceKey, published, frameworkVersion, score, maxScore,
                overallRating, standards, cases, warnings, source, when);
    }

    public Optional<LibraryStandard> standard(String number) {
        return standards.stream().filter(s -> s.number().equals(number)).findFirst();
    }
}
