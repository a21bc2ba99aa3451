package org.yjinspect.comparison.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;

/**
 * How one key question's % 'Yes' spreads across the library's inspections of one framework
 * version: each inspection's figure (lowest first) and the five-figure summary. Inspections of
 * another version, and those that print no readable figure for it, are left out; {@code without}
 * says how many of the version's inspections that was.
 */
public record PercentSpread(FrameworkVersion version, String keyQuestionId, List<LibraryFigure> figures,
                            Optional<Quartiles> quartiles, int without) {
    public PercentSpread {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(keyQuestionId, "keyQuestionId");
        figures = List.copyOf(figures);
    }

    public static PercentSpread of(FrameworkVersion version, String keyQuestionId, List<LibraryInspection> library) {
        List<LibraryInspection> ofVersion = library.stream().filter(i -> i.frameworkVersion() == version).toList();
        List<LibraryFigure> figures = ofVersion.stream().flatMap(i -> LibraryFigure.of(i, keyQuestionId).stream())
                .sorted(Comparator.comparingInt(LibraryFigure::percent).thenComparing(LibraryFigure::published)
                        .thenComparingLong(LibraryFigure::libraryId)).toList();
        return new PercentSpread(version, keyQuestionId, figures,
                Quartiles.of(figures.stream().map(LibraryFigure::percent).toList()), ofVersion.size() - figures.size());
    }

    /** The number of inspections with a figure. */
    public int n() {
        return figures.size();
    }

    public List<Integer> percents() {
        return figures.stream().map(LibraryFigure::percent).toList();
    }
}
