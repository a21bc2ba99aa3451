package org.yjinspect.comparison.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.rating.domain.Rating;

/**
 * How many of the library's inspections of one framework version got each rating for a standard,
 * as published. {@code notRated} counts those that print the standard without a rating (4.1 with
 * no resettlement cases) or do not print it at all; {@code n} is every inspection of the version.
 */
public record RatingTally(FrameworkVersion version, String standard, Map<Rating, Integer> counts, int notRated) {
    public RatingTally {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(standard, "standard");
        EnumMap<Rating, Integer> all = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            all.put(rating, counts.getOrDefault(rating, 0));
        }
        counts = Map.copyOf(all);
    }

    public static RatingTally of(FrameworkVersion version, String standard, List<LibraryInspection> library) {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        int notRated = 0;
        for (LibraryInspection inspection : library) {
            if (inspection.frameworkVersion() != version) {
                continue;
            }
            Rating rating = inspection.standard(standard).map(LibraryStandard::rating).orElse(null);
            if (rating == null) {
                notRated++;
            } else {
                counts.merge(rating, 1, Integer::sum);
            }
        }
        return new RatingTally(version, standard, counts, notRated);
    }

    public int count(Rating rating) {
        return counts.get(rating);
    }

    /** Every inspection of the version, rated or not. */
    public int n() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() + notRated;
    }

    /** The ratings from the highest (Outstanding) down, as the reports list them. */
    public static List<Rating> order() {
        return List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE);
    }
}
