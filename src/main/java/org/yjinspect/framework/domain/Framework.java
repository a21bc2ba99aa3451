package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of the inspection framework: its domains and standards, as versioned data. */
public record Framework(FrameworkVersion version, String title, List<Domain> domains) {
    public Framework {
        Objects.requireNonNull(version, "version");
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public List<Standard> standards() {
        return domains.stream().flatMap(d -> d.standards().stream()).toList();
    }

    public Optional<Standard> standard(String number) {
        return standards().stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** The standards that score 0-3 towards the overall rating (the twelve core standards). */
    public List<Standard> scoredStandards() {
        return standards().stream().filter(Standard::scored).toList();
    }

    /** Standards rated but kept out of the score (4.1 resettlement policy and provision from 2021). */
    public List<Standard> separatelyRatedStandards() {
        return standards().stream().filter(s -> !s.scored()).toList();
    }
}
