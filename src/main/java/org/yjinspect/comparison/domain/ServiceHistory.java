package org.yjinspect.comparison.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.rating.domain.Rating;

/**
 * A service's published inspections over time, oldest first, with one row per standard across
 * them. A row spans both framework versions only where the mapping says the standards correspond;
 * otherwise each version's standard has its own row (3.4 Joint working apart from 3.4 out-of-court
 * policy and provision) and the other version's inspections have no cell in it.
 */
public record ServiceHistory(String serviceKey, String service, List<LibraryInspection> inspections, List<Row> rows) {
    public ServiceHistory {
        Objects.requireNonNull(serviceKey, "serviceKey");
        inspections = List.copyOf(inspections);
        rows = List.copyOf(rows);
    }

    /** One standard's ratings across the inspections; {@code why} is the mapping's reason for the row's span. */
    public record Row(String label, List<Cell> cells, String why) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A rating (null: not rated), or no cell where the standard is not in that inspection's framework version. */
    public record Cell(boolean applies, Rating rating) {
    }

    public static ServiceHistory of(String serviceKey, List<LibraryInspection> library, VersionMapping mapping,
                                    Function<FrameworkVersion, Framework> frameworks) {
        List<LibraryInspection> own = library.stream().filter(i -> i.serviceKey().equals(serviceKey))
                .sorted(Comparator.comparing(LibraryInspection::published).thenComparingLong(LibraryInspection::id)).toList();
        String service = own.isEmpty() ? serviceKey : own.get(own.size() - 1).service();
        List<Row> rows = new ArrayList<>();
        for (Correspondence line : mapping.standards()) {
            if (line.corresponds()) {
                rows.add(row(line.in2021() + " " + name(frameworks, FrameworkVersion.V2021, line.in2021()), own,
                        version -> line.in(version).orElseThrow(), line.why()));
            } else {
                for (FrameworkVersion version : FrameworkVersion.values()) {
                    line.in(version).ifPresent(number -> rows.add(row(number + " " + name(frameworks, version, number)
                            + " (" + version.label() + ")", own, v -> v == version ? number : null, line.why())));
                }
            }
        }
        return new ServiceHistory(serviceKey, service, own, rows);
    }

    private static Row row(String label, List<LibraryInspection> own, Function<FrameworkVersion, String> numberIn,
                           String why) {
        List<Cell> cells = own.stream().map(i -> {
            String number = numberIn.apply(i.frameworkVersion());
            return number == null ? new Cell(false, null)
                    : new Cell(true, i.standard(number).map(LibraryStandard::rating).orElse(null));
        }).toList();
        return new Row(label, cells, why);
    }

    private static String name(Function<FrameworkVersion, Framework> frameworks, FrameworkVersion version, String number) {
        return frameworks.apply(version).standard(number).map(s -> s.name()).orElse("");
    }
}
